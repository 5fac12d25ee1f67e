using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Workflow.LocalHost.Functions;

namespace Workflow.LocalHost.Durable;

/// <summary>
/// Runs an [ActivityTrigger] method as a Durable Task activity. Besides the input it may take the instance id
/// (a string parameter named instanceId, as generated activities do) and a CancellationToken.
/// </summary>
sealed class FunctionActivity(ActivityFunction function, IServiceProvider services) : ITaskActivity
{
    public Type InputType => function.InputType;

    public Type OutputType => function.OutputType;

    public Task<object?> RunAsync(TaskActivityContext context, object? input)
    {
        var arguments = function.Function.Method.GetParameters().Select(p => Argument(p, context, input)).ToArray();
        return FunctionInvoker.InvokeAsync(function.Function, services, arguments);
    }

    static object? Argument(System.Reflection.ParameterInfo parameter, TaskActivityContext context, object? input)
    {
        if (parameter.IsDefined(typeof(ActivityTriggerAttribute), inherit: false))
        {
            return input;
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        if (parameter.ParameterType == typeof(string) && string.Equals(parameter.Name, "instanceId", StringComparison.OrdinalIgnoreCase))
        {
            return context.InstanceId;
        }

        throw new InvalidOperationException($"Activity {context.Name} has a parameter '{parameter.Name}' no binding supplies.");
    }
}
