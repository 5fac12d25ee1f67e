using Workflow.Reports.Reading.Pdf;
using Workflow.Reports.Reading.Tables;

namespace Workflow.Reports.Tests.Reading.Pdf;

/// <summary>Report pages printed to PDF by the tools bureaus use (made by tools/make-pdf-fixtures.sh).</summary>
public sealed class RenderedPdfTests
{
    [Theory]
    [InlineData("Fixtures/Pdf/huaian-2024-blank-cell-chromium.pdf")]
    [InlineData("Fixtures/Pdf/huaian-2024-blank-cell-libreoffice.pdf")]
    public void Blank_value_cell_stays_empty_in_its_column(string file)
    {
        var rows = PdfReportReader.Document(RealReports.Bytes(file)).Blocks.OfType<TableBlock>()
            .SelectMany(table => Enumerable.Range(0, table.Grid.Height).Select(row => table.Grid.Row(row).Select(cell => cell.Text).ToList()));

        var newlyReceived = Assert.Single(rows, row => row.Any(text => text.EndsWith("本年新收政府信息公开申请数量", StringComparison.Ordinal)));

        Assert.Equal(["3001", "", "0", "0", "61", "4", "3119"], newlyReceived[^7..]);
    }
}
