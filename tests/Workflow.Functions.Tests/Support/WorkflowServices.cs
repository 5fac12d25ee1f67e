using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflow.Functions.Notifications;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Tests.Support;

/// <summary>The app's services as AddWorkflow registers them, with mail recorded instead of sent.</summary>
public static class WorkflowServices
{
    public static ServiceProvider Create(RecordingEmailSender mail, Action<Dictionary<string, string?>>? configure = null, TimeProvider? clock = null)
    {
        var settings = TestSettings.Defaults();
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddSingleton<IEmailSender>(mail);
        services.AddWorkflow(configuration);
        return services.BuildServiceProvider();
    }

    public static async Task<ServiceProvider> CreateInitializedAsync(RecordingEmailSender mail, Action<Dictionary<string, string?>>? configure = null)
    {
        var provider = Create(mail, configure);
        await provider.GetRequiredService<StorageInitializer>().EnsureCreatedAsync();
        return provider;
    }
}
