using Workflow.Functions.History;
using Workflow.Reports.Model;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Review;

/// <summary>This year's key figures beside last year's, as the review page and the reviewer email show them.</summary>
/// <param name="Origin">Where last year's report came from, in Chinese (已发布, 已批准, 导入).</param>
public sealed record YearComparison(int Year, int PreviousYear, string Origin, IReadOnlyList<KeyFigureChange> Figures)
{
    public static YearComparison Of(AnnualReport current, PreviousReport previous) =>
        new(current.Year, previous.Report.Year, previous.Origin, KeyFigures.Of(current).ComparedWith(KeyFigures.Of(previous.Report)));
}
