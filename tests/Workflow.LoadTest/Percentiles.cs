namespace Workflow.LoadTest;

/// <summary>Nearest-rank percentiles of a set of durations.</summary>
public sealed class Percentiles(IEnumerable<TimeSpan> values)
{
    readonly TimeSpan[] sorted = [.. values.Order()];

    public int Count => sorted.Length;

    public TimeSpan At(double percent) =>
        sorted.Length == 0 ? TimeSpan.Zero : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    public string Summary() =>
        $"p50 {Seconds(At(50))}  p95 {Seconds(At(95))}  p99 {Seconds(At(99))}  max {Seconds(At(100))}";

    public static string Seconds(TimeSpan value) => $"{value.TotalSeconds:0.000} s";
}
