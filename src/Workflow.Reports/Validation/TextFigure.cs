namespace Workflow.Reports.Validation;

/// <summary>
/// A number written in prose with the word that follows it: "3119件" → 3119 and "件", "96.64%" → 96.64 and "%".
/// <see cref="Index"/> is the position in the normalised text it was read from; <see cref="Decimals"/> the
/// printed precision (percentages are recomputed at that precision).
/// </summary>
public sealed record TextFigure(decimal Value, string Unit, int Index, int Length, int Decimals)
{
    /// <summary>Measure words of counted things; a year, a date or a sum of money is not a count.</summary>
    private static readonly HashSet<string> CountUnits = ["件", "个", "条", "项", "次", "人次", "家", "份", "期", "场", "人", "篇", "起", "批", "宗"];

    public bool IsCount => CountUnits.Contains(Unit) && decimal.Truncate(Value) == Value;

    public bool IsPercentage => Unit == "%";

    public int End => Index + Length;
}
