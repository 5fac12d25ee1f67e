using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Workflow.LocalHost.Functions;

namespace Workflow.LocalHost.Durable;

/// <summary>Runs an [OrchestrationTrigger] method as a Durable Task orchestrator.</summary>
sealed class FunctionOrchestrator(OrchestratorFunction function, IServiceProvider services, DataConverter converter, ILoggerFactory loggerFactory)
    : ITaskOrchestrator
{
    // object: the input reaches the function as a JSON value, converted by GetInput<T>() (see FunctionOrchestrationContext).
    public Type InputType => typeof(object);

    public Type OutputType => FunctionCatalog.ReturnedType(function.Function.Method);

    public Task<object?> RunAsync(TaskOrchestrationContext context, object? input)
    {
        var wrapped = new FunctionOrchestrationContext(context, converter, loggerFactory);
        var arguments = function.Function.Method.GetParameters()
            .Select(p => p.ParameterType == typeof(TaskOrchestrationContext) ? wrapped : ConvertInput(input, p.ParameterType))
            .ToArray();
        return FunctionInvoker.InvokeAsync(function.Function, services, arguments);
    }

    // A second parameter receives the input directly, as the isolated worker allows.
    object? ConvertInput(object? input, Type type) =>
        input is null || type.IsInstanceOfType(input) ? input : converter.Deserialize(converter.Serialize(input), type);
}
