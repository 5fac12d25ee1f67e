namespace Workflow.Reports.Model;

/// <summary>The reporting agency. <see cref="Id"/> is a slug used in URLs and blob names.</summary>
public sealed record Agency(string Id, string Name, AgencyKind Kind)
{
    public static bool IsValidId(string? id) =>
        id is { Length: >= 2 and <= 64 } && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
