using Workflow.Reports.Model;

namespace Workflow.Reports.Reading;

/// <summary>What the caller knows better than the text: each value set here overrides what is read.</summary>
public sealed record ReadOptions(string? AgencyId = null, string? AgencyName = null, AgencyKind? Kind = null, int? Year = null)
{
    public static readonly ReadOptions None = new();
}
