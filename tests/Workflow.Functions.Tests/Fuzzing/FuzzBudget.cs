namespace Workflow.Functions.Tests.Fuzzing;

/// <summary>
/// How many cases the token fuzz properties run: a few thousand in CI, FUZZ_ITERATIONS in the long run (see
/// docs/performance.md), shared out between the properties by weight.
/// </summary>
internal static class FuzzBudget
{
    public const int CiCases = 4000;

    /// <summary>A hang detector, not a timing assertion: verifying a token takes microseconds.</summary>
    public static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(30);

    public const double RandomShare = 0.3;
    public const double MutatedShare = 0.5;
    public const double SignedGarbageShare = 0.2;

    public static long Total { get; } =
        long.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var requested) && requested > 0 ? requested : CiCases;

    public static long Cases(double share) => Math.Max(1, (long)Math.Round(Total * share));
}
