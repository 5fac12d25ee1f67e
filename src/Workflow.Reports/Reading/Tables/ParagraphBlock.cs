namespace Workflow.Reports.Reading.Tables;

/// <summary>One paragraph of running text (a heading, a caption, a line of a section).</summary>
public sealed record ParagraphBlock(string Text) : ReportBlock;
