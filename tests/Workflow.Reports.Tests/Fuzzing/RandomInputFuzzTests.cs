using System.Text;
using CsCheck;
using Workflow.Reports.Reading;
using Xunit.Abstractions;

namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>
/// Inputs made from nothing, through the reader a submission meets (<see cref="ReportReaders"/>, which sniffs): random
/// bytes behind the signatures it sniffs for, and random lines of report words and numbers.
/// </summary>
public sealed class RandomInputFuzzTests(ITestOutputHelper output)
{
    private static readonly ReportReaders Reader = new();

    private static readonly byte[][] Signatures =
        [[], "PK\u0003\u0004"u8.ToArray(), "<"u8.ToArray(), "<html><body><table>"u8.ToArray(), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], "%PDF"u8.ToArray(), [0xD0, 0xCF, 0x11, 0xE0]];

    [Fact]
    public void Random_bytes_and_report_like_text_are_read_or_refused_cleanly() =>
        Gen.OneOf(
            Gen.Select(Gen.Int[0, Signatures.Length - 1], Gen.Byte.Array[0, 2000], (signature, bytes) => (byte[])[.. Signatures[signature], .. bytes]),
            Mutations.ReportLikeText.Select(Encoding.UTF8.GetBytes)).Sample(
            input => FuzzHarness.Read(Reader, input),
            output.WriteLine,
            iter: FuzzBudget.Cases(FuzzBudget.RandomShare),
            print: input => Convert.ToBase64String(input));
}
