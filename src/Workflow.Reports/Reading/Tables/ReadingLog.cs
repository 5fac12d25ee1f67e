using Workflow.Reports.Validation;

namespace Workflow.Reports.Reading.Tables;

/// <summary>What the table readers of one document record besides values: notes on the written form and the cells not read as written.</summary>
internal sealed class ReadingLog
{
    public List<Finding> Notes { get; } = [];

    public List<InferredCell> Inferred { get; } = [];

    /// <summary>
    /// A count cell of table 三 or 四 at <paramref name="location"/>: blank stays null without a note (the validator
    /// reports it); a placeholder is null with a warning. Text that is not a count may be a misreading (OCR "1O"):
    /// it is left blank with a warning and recorded as unresolved, never an error.
    /// </summary>
    /// <remarks>The location is named only for a note: most cells are counts, and need none.</remarks>
    private long? Count(string written, string ruleId, Func<int, string> location, int column)
    {
        var cell = CellValue.Parse(written);
        switch (cell.Kind)
        {
            case CellKind.Blank:
                return null;
            case CellKind.Placeholder:
                Notes.Add(new Finding(ruleId, Severity.Warning, $"单元格写作“{written}”，不是数字，按未填写处理（不计为0）。", location(column)));
                return null;
            default:
                if (cell.Count is { } count)
                {
                    return count;
                }
                Notes.Add(new Finding(ruleId, Severity.Warning, $"单元格“{written}”不是整数，无法读取，请核对原文。", location(column)));
                Inferred.Add(new InferredCell(location(column), null, InferenceBasis.Unresolved, $"单元格写作“{written}”，不是整数，未读取"));
                return null;
        }
    }

    /// <summary>
    /// The counts of a fitted row of table 三 or 四, cell by cell (<see cref="Count"/>), with the doubts of the fit
    /// recorded: each cell not read as written, the row when cells were dropped to fit it, and a warning naming
    /// <paramref name="row"/> when a cell stays undecided.
    /// </summary>
    public long?[] Counts(FittedRow fitted, string cellRule, string rowRule, string rowLocation, string row, Func<int, string> cellLocation)
    {
        var counts = new long?[fitted.Texts.Length];
        for (var c = 0; c < counts.Length; c++)
        {
            counts[c] = fitted.Texts[c] is { } text ? Count(text, cellRule, cellLocation, c) : null;
            if (fitted.Bases[c] is { } basis)
            {
                Inferred.Add(new InferredCell(cellLocation(c), counts[c], basis, basis == InferenceBasis.Unresolved
                    ? $"{fitted.Reason}，此格未读取（留空），请核对"
                    : $"{fitted.Reason}，推断为 {counts[c]}，请核对"));
            }
        }
        if (fitted.Bases.All(b => b is null) && fitted.Reason is { } reason)
        {
            Inferred.Add(new InferredCell(rowLocation, null, InferenceBasis.Identity, $"{reason}，请核对"));
        }
        if (fitted.Bases.Any(b => b == InferenceBasis.Unresolved))
        {
            Notes.Add(new Finding(rowRule, Severity.Warning, $"{row}：{fitted.Reason}，请核对原文。", rowLocation));
        }
        return counts;
    }
}
