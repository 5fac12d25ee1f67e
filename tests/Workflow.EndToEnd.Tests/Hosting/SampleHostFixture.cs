using Microsoft.Extensions.DependencyInjection;
using Workflow.EndToEnd.Tests.Infrastructure;
using Workflow.EndToEnd.Tests.Samples;
using Workflow.LocalHost;

namespace Workflow.EndToEnd.Tests.Hosting;

/// <summary>The local host machinery, in this process, serving the sample functions of this assembly on Azurite.</summary>
public sealed class SampleHostFixture : IAsyncLifetime
{
    readonly string root = Directory.CreateTempSubdirectory("workflow-sample-host-").FullName;
    RunningLocalHost? host;

    public RunningLocalHost Host => host ?? throw new InvalidOperationException("Not started.");

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Azurite.EnsureRunningAsync();
        var port = FreePort.Next();
        var hub = $"sample{Guid.NewGuid():N}"[..20];
        host = await RunningLocalHost.StartAsync(
            [
                $"--Workflow:LocalHost:Port={port}",
                $"--Workflow:LocalHost:RepositoryRoot={root}",
                "--Workflow:LocalHost:SeedDemoAgency=false",
                "--Workflow:LocalHost:Azurite:Start=false",
                $"--Workflow:LocalHost:Durable:TaskHub={hub}",
                $"--AzureWebJobsStorage={Azurite.ConnectionString}",
            ],
            typeof(SampleFunctions).Assembly,
            (services, _) => services.AddSingleton<Greeting>(),
            (_, _) => Task.CompletedTask,
            CancellationToken.None);
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        Directory.Delete(root, recursive: true);
    }
}
