using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions;
using Workflow.Functions.Storage;
using Workflow.LocalHost;
using Workflow.LocalHost.Faults;
using Workflow.LocalHost.Versioning;

await using var host = await RunningLocalHost.StartAsync(
    args,
    typeof(WorkflowServiceCollectionExtensions).Assembly,
    (services, configuration) => services.AddCrashPoint(configuration).AddReviewStart(configuration).AddWorkflow(configuration),
    (services, cancellationToken) => services.GetRequiredService<StorageInitializer>().EnsureCreatedAsync(cancellationToken),
    CancellationToken.None);
Console.WriteLine(host.Banner.Render());
await host.WaitForShutdownAsync();
