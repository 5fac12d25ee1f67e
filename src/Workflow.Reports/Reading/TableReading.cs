using Workflow.Reports.Model;

namespace Workflow.Reports.Reading;

/// <summary>
/// What a table reader found: the value (cells, rows or the 15 appeal values), the template editions its
/// headers show (F-VERSION markers), and where it sits in the text (null when the table is missing).
/// </summary>
internal sealed record TableReading<T>(T Value, IReadOnlyList<Edition> Editions, LineSpan? Span);
