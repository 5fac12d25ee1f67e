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
    IReadOnlyList<InferredCell>? Inferred = null);
