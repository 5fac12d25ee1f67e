namespace Workflow.Reports.Reading.Tables;

/// <summary>A piece of a report document in reading order: a paragraph or a data table.</summary>
public abstract record ReportBlock;
