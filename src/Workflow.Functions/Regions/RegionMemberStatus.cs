using Workflow.Functions.Season;
using Workflow.Reports.Model;

namespace Workflow.Functions.Regions;

/// <summary>One member of a region and where its report stands.</summary>
/// <param name="State">Chinese: 未提交, 审核中, 退回修改, 已批准 or 已发布.</param>
/// <param name="Stage">In review: the stage (1-based) the report waits at; <paramref name="Reviewers"/> that stage's reviewers.</param>
/// <param name="Since">In review or returned: when the report reached its present state; <paramref name="DaysInState"/> how long ago.</param>
/// <param name="DaysLate">Past the deadline and not published: days since; published late: days after the deadline.</param>
public sealed record RegionMemberStatus(
    string AgencyId,
    string Name,
    AgencyKind Kind,
    DateOnly Deadline,
    SeasonState Status,
    string State,
    int? Revision,
    int? Stage,
    IReadOnlyList<string> Reviewers,
    DateTimeOffset? Since,
    int? DaysInState,
    DateTimeOffset? PublishedAt,
    bool? OnTime,
    bool Late,
    int? DaysLate,
    string? PageUrl);
