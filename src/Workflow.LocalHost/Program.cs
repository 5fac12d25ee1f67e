using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflow.Functions;
using Workflow.Functions.Storage;
using Workflow.LocalHost;
using Workflow.LocalHost.Faults;
using Workflow.LocalHost.Versioning;

RunningLocalHost started;
try
{
    started = await RunningLocalHost.StartAsync(
        args,
        typeof(WorkflowServiceCollectionExtensions).Assembly,
        (services, configuration) => services.AddCrashPoint(configuration).AddReviewStart(configuration).AddWorkflow(configuration),
        (services, cancellationToken) => services.GetRequiredService<StorageInitializer>().EnsureCreatedAsync(cancellationToken),
        CancellationToken.None);
}
catch (OptionsValidationException e)
{
    // A person fixes a setting from this line; a stack trace would only bury it.
    Console.Error.WriteLine($"The local host did not start: {string.Join(" ", e.Failures)}");
    return 1;
}

await using var host = started;
Console.WriteLine(host.Banner.Render());
await host.WaitForShutdownAsync();
return 0;
