namespace Workflow.Reports.Reading;

/// <summary>How a flattened report lays out its table cells.</summary>
internal enum TextLayout
{
    /// <summary>One cell per line ending in " |" (as copied from a web page table, the seed's style).</summary>
    CellPerLine,

    /// <summary>One table row per line, cells separated by " | ", blank cells empty (text extracted from HTML).</summary>
    PipeRows,

    /// <summary>Cells in columns separated by runs of spaces, labels wrapped over lines (pdftotext -layout).</summary>
    Columns,
}
