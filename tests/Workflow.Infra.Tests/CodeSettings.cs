using System.Reflection;
using Workflow.Functions;

namespace Workflow.Infra.Tests;

/// <summary>
/// The settings the function app binds: every options class in Workflow.Functions declares
/// <c>public const string SectionName</c>, and each bindable property is a key under it.
/// Names are given in the app-settings form, <c>Section__Property</c>.
/// </summary>
public static class CodeSettings
{
    public static IReadOnlyList<string> Names { get; } = Discover(typeof(WorkflowOptions).Assembly);

    private static IReadOnlyList<string> Discover(Assembly assembly) =>
        assembly.GetTypes()
            .Select(type => (Type: type, Section: SectionNameOf(type)))
            .Where(options => options.Section is not null)
            .SelectMany(options => options.Type
                .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.SetMethod is { IsPublic: true })
                .Select(property => $"{options.Section}__{property.Name}"))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();

    private static string? SectionNameOf(Type type) =>
        type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
            && field.FieldType == typeof(string)
            ? (string?)field.GetRawConstantValue()
            : null;
}
