namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// The values of a template row decided from the cells written for it: the text of each position (null when none
/// could be decided), how each was decided (null when it was read as written in its place), and, when the written
/// cells did not fit the row, why the reading is as it is (in Chinese). When several readings balance the row they are
/// kept as <see cref="Candidates"/>, for identities beyond the row (table 三's columns) to choose from.
/// </summary>
internal sealed record FittedRow(string?[] Texts, InferenceBasis?[] Bases, string? Reason)
{
    public IReadOnlyList<long?[]> Candidates { get; init; } = [];

    public bool IsAsWritten => Reason is null;
}
