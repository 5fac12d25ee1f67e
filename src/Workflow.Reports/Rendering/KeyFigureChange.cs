namespace Workflow.Reports.Rendering;

/// <summary>One key figure this year and last year; <see cref="Name"/> is Chinese for display, <see cref="Key"/> stable.</summary>
public sealed record KeyFigureChange(string Key, string Name, decimal? Current, decimal? Previous)
{
    public decimal? Difference => Current - Previous;

    /// <summary>Current ÷ previous; null when either is unknown or last year was 0 (no meaningful ratio).</summary>
    public decimal? Ratio => Current is { } current && Previous is { } previous && previous != 0 ? current / previous : null;
}
