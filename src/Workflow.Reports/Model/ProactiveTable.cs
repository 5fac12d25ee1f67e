namespace Workflow.Reports.Model;

/// <summary>One 第二十条第（X）项 sub-table of section 二 as a template defines it.</summary>
public sealed record ProactiveTable(string Clause, IReadOnlyList<string> Columns, IReadOnlyList<string> Rows, string? Unit)
{
    public string Caption => $"第二十条第（{Clause}）项";
}
