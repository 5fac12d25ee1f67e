namespace Workflow.Reports.Reading.Tables;

/// <summary>A data table (layout tables are unwrapped into the blocks they hold).</summary>
public sealed record TableBlock(TableGrid Grid) : ReportBlock;
