using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;

namespace Workflow.LocalHost.Functions;

/// <summary>
/// Calls a function method the way the isolated worker does: a fresh instance of its class per invocation,
/// built by constructor injection from the given services; the awaited result is returned.
/// </summary>
public static class FunctionInvoker
{
    public static async Task<object?> InvokeAsync(FunctionMethod function, IServiceProvider services, object?[] arguments)
    {
        var instance = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, function.DeclaringType);
        object? returned;
        try
        {
            returned = function.Method.Invoke(instance, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }

        return await AwaitedAsync(returned);
    }

    /// <summary>The value of a Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt; once completed; anything else as it is.</summary>
    // No ConfigureAwait(false): orchestrator code must resume on the orchestration's own scheduler.
    public static async Task<object?> AwaitedAsync(object? returned)
    {
        switch (returned)
        {
            case Task task:
                await task;
                return ResultOf(task);
            case ValueTask valueTask:
                await valueTask;
                return null;
            case not null when IsGenericValueTask(returned.GetType()):
                var asTask = (Task)returned.GetType().GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(returned, null)!;
                await asTask;
                return ResultOf(asTask);
            default:
                return returned;
        }
    }

    static object? ResultOf(Task task)
    {
        for (var type = task.GetType(); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
            {
                // Task<VoidTaskResult> is what a non-generic async Task method hands out; its Result means nothing.
                return type.GetGenericArguments()[0].Name == "VoidTaskResult"
                    ? null
                    : type.GetProperty(nameof(Task<int>.Result))!.GetValue(task);
            }
        }

        return null;
    }

    static bool IsGenericValueTask(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>);
}
