namespace Workflow.Reports.Model;

/// <summary>Section 二: its free text and the cells of the 第二十条 tables.</summary>
public sealed record ProactiveSection(string Text, IReadOnlyList<ProactiveCell> Cells)
{
    public ProactiveCell? Find(string clause, string row, string column) =>
        Cells.FirstOrDefault(c => c.Clause == clause && c.Row == row && c.Column == column);
}
