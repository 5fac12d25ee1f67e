namespace Workflow.Reports.Reading.Tables;

/// <summary>Where a template label was found in a table region: the cell it starts in and the cell that completes it.</summary>
internal readonly record struct LabelMatch(int Start, int End);
