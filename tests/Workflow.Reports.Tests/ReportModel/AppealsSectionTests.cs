using Workflow.Reports.Model;

namespace Workflow.Reports.Tests.ReportModel;

/// <summary>The typed cells of table 四 over its 15 values.</summary>
public class AppealsSectionTests
{
    private static readonly AppealsSection Table = new("", [.. Enumerable.Range(0, 15).Select(i => (long?)i)]);

    [Theory]
    [InlineData(AppealGroup.Reconsideration, AppealOutcome.Upheld, 0)]
    [InlineData(AppealGroup.Reconsideration, AppealOutcome.Total, 4)]
    [InlineData(AppealGroup.DirectLitigation, AppealOutcome.Corrected, 6)]
    [InlineData(AppealGroup.LitigationAfterReconsideration, AppealOutcome.Total, 14)]
    public void A_cell_is_read_in_the_templates_order_of_groups_and_outcomes(AppealGroup group, AppealOutcome outcome, long value) =>
        Assert.Equal(value, Table.Cell(group, outcome));

    [Fact]
    public void A_cell_beyond_a_short_table_is_blank() =>
        Assert.Null(new AppealsSection("", [1, 2, 3]).Cell(AppealGroup.DirectLitigation, AppealOutcome.Upheld));
}
