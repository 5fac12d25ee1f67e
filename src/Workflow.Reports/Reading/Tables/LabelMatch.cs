namespace Workflow.Reports.Reading.Tables;

/// <summary>Where a template label was found in a table region: the cell it starts in, the cell that completes it, and whether it was written exactly.</summary>
internal readonly record struct LabelMatch(int Start, int End, bool Exact);
