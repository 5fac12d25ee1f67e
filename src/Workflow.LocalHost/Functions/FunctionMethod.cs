using System.Reflection;

namespace Workflow.LocalHost.Functions;

/// <summary>A method carrying [Function], with the name the Functions host would register it under.</summary>
public sealed record FunctionMethod(string Name, MethodInfo Method)
{
    public Type DeclaringType => Method.DeclaringType
        ?? throw new InvalidOperationException($"Function {Name} has no declaring type.");

    public override string ToString() => $"{Name} ({DeclaringType.Name}.{Method.Name})";
}
