using CsCheck;

namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>Generators of damaged inputs: one to six mutations of a valid input, and report-like random text.</summary>
internal static class Mutations
{
    public static readonly Gen<ByteMutation> One = Gen.Select(
        Gen.Enum<MutationKind>(), Gen.Double[0, 1], Gen.Double[0, 1], Gen.Int[0, int.MaxValue],
        (kind, at, to, pick) => new ByteMutation(kind, at, to, pick));

    public static Gen<MutatedInput> Of(IReadOnlyList<string> sources, string? entry = null) => Gen.Select(
        Gen.Int[0, sources.Count - 1], One.Array[1, 6],
        (source, mutations) => new MutatedInput(sources[source], entry, mutations));

    /// <summary>Lines of report words, numbers, pipes and noise in random order: the shape of a report without its sense.</summary>
    public static readonly Gen<string> ReportLikeText = Gen.Select(
        Gen.Frequency(
            (4, Gen.OneOf(FuzzWords.Report.Select(Gen.Const).ToArray())),
            (3, Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (2, Gen.Const(" | ")),
            (2, Gen.Const("\n")),
            (1, Gen.String[0, 8])).Array[0, 400],
        parts => string.Concat(parts));
}
