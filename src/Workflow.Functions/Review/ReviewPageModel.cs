using Workflow.Functions.Agencies;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Review;

/// <summary>Everything the review form page shows; <see cref="LastYear"/> when last year's report was found at submission.</summary>
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
    YearComparison? LastYear = null);
