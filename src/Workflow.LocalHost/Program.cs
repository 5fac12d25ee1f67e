using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions;
using Workflow.Functions.Storage;
using Workflow.LocalHost;

await using var host = await RunningLocalHost.StartAsync(
    args,
    typeof(WorkflowServiceCollectionExtensions).Assembly,
    (services, configuration) => services.AddWorkflow(configuration),
    (services, cancellationToken) => services.GetRequiredService<StorageInitializer>().EnsureCreatedAsync(cancellationToken),
    CancellationToken.None);
Console.WriteLine(host.Banner.Render());
await host.WaitForShutdownAsync();
