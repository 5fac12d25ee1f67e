using System.Reflection;
using Workflow.Functions.Lifecycle;

namespace Workflow.Functions.Tests.Lifecycle;

/// <summary>The lifecycle and the review policy know nothing of Azure or the durable engine.</summary>
public sealed class LifecycleIsPureTests
{
    private static readonly string[] Forbidden = ["Azure", "Microsoft.Azure", "Microsoft.DurableTask"];

    [Fact]
    public void No_lifecycle_type_touches_an_azure_or_durable_type()
    {
        var lifecycle = typeof(ReportLifecycle).Assembly.GetTypes().Where(t => t.Namespace == typeof(ReportLifecycle).Namespace).ToList();
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        var used = lifecycle.SelectMany(t => t.GetFields(All).Select(f => f.FieldType)
            .Concat(t.GetProperties(All).Select(p => p.PropertyType))
            .Concat(t.GetMethods(All).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))));
        var azure = used.SelectMany(Expand).Where(t => Forbidden.Any(f => t.Assembly.GetName().Name!.StartsWith(f, StringComparison.Ordinal))).Distinct().ToList();

        Assert.NotEmpty(lifecycle);
        Assert.Empty(azure);
    }

    private static IEnumerable<Type> Expand(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Expand).Append(type) : type.HasElementType ? Expand(type.GetElementType()!).Append(type) : [type];
}
