using Workflow.Reports.Model;

namespace Workflow.Functions.Season;

/// <summary>One line of the season overview.</summary>
/// <param name="State">Chinese: 未提交, 审核中, 退回修改, 已批准 or 已发布.</param>
/// <param name="OnTime">For a published report: published by the deadline; null otherwise.</param>
/// <param name="Overdue">Not published and the deadline has passed.</param>
public sealed record AgencySeasonStatus(
    string AgencyId,
    string Name,
    AgencyKind Kind,
    DateOnly Deadline,
    SeasonState Status,
    string State,
    int? Revision,
    DateTimeOffset? PublishedAt,
    bool? OnTime,
    bool Overdue,
    string? PageUrl);
