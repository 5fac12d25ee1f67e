namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// Bounds on what a document may make a reader do, shared by the HTML and Word readers: how deep tables may
/// nest and how many table cells a document may hold. Real reports have four tables of at most ~200 cells.
/// </summary>
internal sealed class DocumentBudget
{
    /// <summary>Tables nested deeper than this are layout debris, never report tables, and are skipped.</summary>
    public const int MaxTableDepth = 8;

    /// <summary>Element nesting followed while collecting text; deeper content is skipped.</summary>
    public const int MaxElementDepth = 256;

    public const int MaxCells = 20_000;

    private int cells;

    /// <exception cref="UnreadableReportException">The document holds more cells than any report could.</exception>
    public void CountCell()
    {
        if (++cells > MaxCells)
        {
            throw new UnreadableReportException(
                "too-complex",
                $"文件中的表格单元格超过 {MaxCells} 个，不像一份政府信息公开工作年度报告，已停止读取。");
        }
    }
}
