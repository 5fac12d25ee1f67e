using Microsoft.DurableTask;

namespace Workflow.LocalHost.Diagnostics;

public static class EmptyOrchestrationRegistration
{
    public static DurableTaskRegistry AddEmptyOrchestration(this DurableTaskRegistry registry) =>
        registry.AddOrchestrator(EmptyOrchestration.Name, () => new EmptyOrchestration());
}
