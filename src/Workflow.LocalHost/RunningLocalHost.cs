using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflow.Functions.Storage;
using Workflow.LocalHost.Configuration;
using Workflow.LocalHost.Diagnostics;
using Workflow.LocalHost.Durable;
using Workflow.LocalHost.Functions;
using Workflow.LocalHost.Http;
using Workflow.LocalHost.Seeding;
using Workflow.LocalHost.Storage;
using Workflow.LocalHost.Triggers;

namespace Workflow.LocalHost;

/// <summary>
/// Azurite (unless one listens), the durable engine, and the web app that serves the HTTP functions and runs
/// the Durable Task worker: started in that order, stopped in the reverse one.
/// </summary>
public sealed class RunningLocalHost : IAsyncDisposable
{
    readonly WebApplication app;
    readonly DurableEngine engine;
    readonly AzuriteProcess? azurite;
    readonly ILoggerFactory loggerFactory;

    RunningLocalHost(WebApplication app, DurableEngine engine, AzuriteProcess? azurite, ILoggerFactory loggerFactory, StartupBanner banner)
    {
        this.app = app;
        this.engine = engine;
        this.azurite = azurite;
        this.loggerFactory = loggerFactory;
        Banner = banner;
    }

    public StartupBanner Banner { get; }

    public IServiceProvider Services => app.Services;

    /// <param name="args">Command-line configuration, e.g. --Workflow:LocalHost:Port=7072.</param>
    /// <param name="functions">The assembly whose [Function] methods are served.</param>
    /// <param name="addFunctionServices">Registers what the function classes need (AddWorkflow).</param>
    /// <param name="initializeStorage">Creates containers and tables before the first request.</param>
    public static async Task<RunningLocalHost> StartAsync(
        string[] args,
        Assembly functions,
        Action<IServiceCollection, IConfiguration> addFunctionServices,
        Func<IServiceProvider, CancellationToken, Task> initializeStorage,
        CancellationToken cancellationToken)
    {
        var catalog = FunctionCatalog.FromAssembly(functions);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var options = Section<LocalHostOptions>(builder.Configuration, LocalHostOptions.SectionName);
        var azuriteOptions = Section<AzuriteOptions>(builder.Configuration, AzuriteOptions.SectionName);
        var durableOptions = Section<DurableEngineOptions>(builder.Configuration, DurableEngineOptions.SectionName);
        var layout = LocalLayout.Find(options.RepositoryRoot);
        LocalConfiguration.Complete(builder.Configuration, layout);

        // Logs of the parts started before the web app (Azurite, the durable engine) go through this factory.
        var loggerFactory = LoggerFactory.Create(logging => logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            .AddSimpleConsole(console => console.SingleLine = true));
        var logger = loggerFactory.CreateLogger<RunningLocalHost>();
        AzuriteProcess? azurite = null;
        DurableEngine? engine = null;
        try
        {
            if (azuriteOptions.Start)
            {
                azurite = await AzuriteProcess.EnsureRunningAsync(layout, azuriteOptions, logger, cancellationToken);
            }

            var storage = builder.Configuration[LocalConfiguration.Storage]
                ?? throw new InvalidOperationException($"{LocalConfiguration.Storage} is not configured.");
            // One counter for every storage client of the process: the engine's, the functions', the blob listener's.
            var counter = new StorageRequestCounter();
            builder.Services.AddSingleton(counter);
            builder.Services.AddSingleton(new StorageRequestTotals(counter));
            engine = await DurableEngine.StartAsync(storage, durableOptions, counter, loggerFactory, cancellationToken);

            var app = Build(builder, catalog, engine, options, addFunctionServices);
            try
            {
                await initializeStorage(app.Services, cancellationToken);
                await app.StartAsync(cancellationToken);
                var apiBase = new Uri($"http://localhost:{options.Port}/");
                var demo = options.SeedDemoAgency ? await SeedAsync(app, layout, apiBase, cancellationToken) : null;
                var banner = new StartupBanner(
                    apiBase,
                    azurite is { StartedHere: true } ? "Azurite, started by this host (stopped with it)" : "Azurite, already running",
                    durableOptions.TaskHub,
                    app.Configuration[LocalConfiguration.OutboxPath]!,
                    app.Configuration["Workflow:PublicReportsBaseUrl"] ?? "",
                    app.Configuration[LocalConfiguration.AdminKey]!,
                    demo,
                    Path.Combine(layout.SeedsDirectory, "huairen-xzspj-2023.txt"),
                    catalog.Unhosted.Where(u => !TriggerRunners.Runs(u)).Select(u => $"{u.Function.Name} ({u.Trigger})").ToArray());
                return new RunningLocalHost(app, engine, azurite, loggerFactory, banner);
            }
            catch
            {
                await StopAsync(app);
                throw;
            }
        }
        catch
        {
            await DisposeStartedAsync(engine, azurite, loggerFactory);
            throw;
        }
    }

    /// <summary>Returns when the app is told to stop (Ctrl-C, SIGTERM); disposing then stops everything.</summary>
    public Task WaitForShutdownAsync()
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
        return stopping.Task;
    }

    public async ValueTask DisposeAsync()
    {
        // The worker runs in the app: it must be gone before the engine stops (see DurableEngine).
        await StopAsync(app);
        await DisposeStartedAsync(engine, azurite, loggerFactory);
    }

    static WebApplication Build(
        WebApplicationBuilder builder, FunctionCatalog catalog, DurableEngine engine, LocalHostOptions options,
        Action<IServiceCollection, IConfiguration> addFunctionServices)
    {
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        addFunctionServices(builder.Services, builder.Configuration);
        builder.Services.AddMvcCore();
        builder.Services.AddTriggerRunners(catalog);
        builder.Services.AddDurableTaskClient(client =>
        {
            client.UseGrpc(engine.Channel);
            client.RegisterDirectly();
        });
        builder.Services.AddDurableTaskWorker(worker =>
        {
            worker.UseGrpc(engine.Channel);
            worker.AddFunctions(catalog);
            worker.AddTasks(tasks => tasks.AddEmptyOrchestration());
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(options.Port));
        var app = builder.Build();
        app.MapHttpFunctions(catalog.Http);
        app.MapLocalDiagnostics();
        return app;
    }

    static async Task<DemoAgency> SeedAsync(WebApplication app, LocalLayout layout, Uri apiBase, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = apiBase };
        var seeder = new DemoAgencySeeder(layout, http, app.Services.GetRequiredService<ILogger<DemoAgencySeeder>>());
        return await seeder.RegisterAsync(app.Configuration[LocalConfiguration.AdminKey]!, cancellationToken);
    }

    static async Task StopAsync(WebApplication app)
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    static async Task DisposeStartedAsync(DurableEngine? engine, AzuriteProcess? azurite, ILoggerFactory loggerFactory)
    {
        if (engine is not null)
        {
            await engine.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        loggerFactory.Dispose();
    }

    static T Section<T>(IConfiguration configuration, string name) where T : new() =>
        configuration.GetSection(name).Get<T>() ?? new T();
}
