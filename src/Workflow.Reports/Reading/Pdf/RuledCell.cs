namespace Workflow.Reports.Reading.Pdf;

/// <summary>The box of drawn border lines around a point of a page: one table cell (or a merged group of cells).</summary>
internal sealed record RuledCell(double Left, double Right, double Bottom, double Top);
