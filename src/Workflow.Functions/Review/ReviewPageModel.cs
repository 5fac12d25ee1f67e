using Workflow.Functions.Agencies;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Review;

/// <summary>
/// Everything the review form page shows; <see cref="LastYear"/> when last year's report was found at submission;
/// <see cref="Acknowledged"/>: the error rule IDs the bureau acknowledged and submitted over; <see cref="Inferred"/>:
/// the cells the reader did not find written in their place.
/// </summary>
public sealed record ReviewPageModel(
    AgencyProfile Agency,
    int Year,
    int Revision,
    int Stage,
    int StageCount,
    string Reviewer,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ReportChange>? Changes,
    string ArticleHtml,
    string FormToken,
    string Comment = "",
    string? Error = null,
    YearComparison? LastYear = null,
    IReadOnlyList<string>? Acknowledged = null,
    IReadOnlyList<InferredCell>? Inferred = null)
{
    /// <summary>The legal deadline of the report and whether it has passed.</summary>
    public DateOnly? Deadline { get; init; }

    public bool Late { get; init; }

    /// <summary>What the earlier stages of this revision decided (who, when, opinion).</summary>
    public IReadOnlyList<ApprovalDecision> EarlierDecisions { get; init; } = [];

    /// <summary>Who has decided this stage and who is still due.</summary>
    public StageProgress? Progress { get; init; }

    /// <summary>False for a reviewer who is also a submitter of the agency: they may only return the draft.</summary>
    public bool MayApprove { get; init; } = true;
}
