namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// What a table reader found: the value (cells, rows or the 15 appeal values), the template editions its labels show
/// (F-VERSION evidence), and the document lines it took cells from (left out of the part's free text).
/// </summary>
internal sealed record TableRead<T>(T Value, IReadOnlyList<Model.Edition> Editions, IReadOnlySet<int> Lines);
