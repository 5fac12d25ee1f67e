namespace Workflow.Reports.Reading.PlainText;

/// <summary>How a flattened report writes the cells of its tables; decided once for the whole text.</summary>
internal enum TextLayout
{
    /// <summary>One cell per line ending in " |", bars alone ending rows (copied from a web page table).</summary>
    CellPerLine,

    /// <summary>One table row per line, cells between bars (markdown and pipe tables, text extracted from HTML, w3m borders).</summary>
    PipeRows,

    /// <summary>
    /// No bars: cells separated by tabs (a table copied from a browser), by runs of spaces (<c>pdftotext -layout</c>,
    /// <c>w3m -dump</c>) or by single spaces between numbers (<c>pdftotext -raw</c>), or not at all (digits run together).
    /// </summary>
    Spaced,
}
