namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>
/// How many cases the fuzz properties run. CI runs a few thousand in all; FUZZ_ITERATIONS=100000 asks for the long
/// run (see docs/performance.md). The total is shared out between the properties by weight, so the number means
/// "cases in the whole fuzz suite of this project", whatever the properties are.
/// </summary>
internal static class FuzzBudget
{
    public const int CiCases = 4000;

    /// <summary>
    /// A hang detector, not a timing assertion: a report is read in milliseconds, so an input still being read
    /// after this long is stuck (a loop that does not advance, a backtracking blow-up), even on a loaded machine.
    /// </summary>
    public static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(30);

    /// <summary>Weights of the properties; they add up to 1.</summary>
    public const double TextShare = 0.3;
    public const double HtmlShare = 0.2;
    public const double DocxShare = 0.15;
    public const double JsonShare = 0.2;
    public const double RandomShare = 0.15;

    public static long Total { get; } =
        long.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var requested) && requested > 0 ? requested : CiCases;

    public static long Cases(double share) => Math.Max(1, (long)Math.Round(Total * share));
}
