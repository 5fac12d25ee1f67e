using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.LocalHost.Functions;

namespace Workflow.LocalHost.Durable;

/// <summary>Registers the orchestrator and activity functions with the Durable Task worker, each under its function name.</summary>
public static class DurableFunctionRegistration
{
    public static IDurableTaskWorkerBuilder AddFunctions(this IDurableTaskWorkerBuilder builder, FunctionCatalog catalog)
    {
        builder.Services.AddOptions<DurableTaskRegistry>(builder.Name)
            .Configure<IServiceProvider>((registry, services) => Register(registry, catalog, services, builder.Name));
        return builder;
    }

    static void Register(DurableTaskRegistry registry, FunctionCatalog catalog, IServiceProvider services, string workerName)
    {
        var loggerFactory = services.GetRequiredService<ILoggerFactory>();
        foreach (var orchestrator in catalog.Orchestrators)
        {
            registry.AddOrchestrator(orchestrator.Function.Name, () => new FunctionOrchestrator(
                orchestrator, services, Converter(services, workerName), loggerFactory));
        }

        foreach (var activity in catalog.Activities)
        {
            // The worker passes a provider scoped to this activity run.
            registry.AddActivity(activity.Function.Name, scoped => new FunctionActivity(activity, scoped));
        }
    }

    static DataConverter Converter(IServiceProvider services, string workerName) =>
        services.GetRequiredService<IOptionsMonitor<DurableTaskWorkerOptions>>().Get(workerName).DataConverter;
}
