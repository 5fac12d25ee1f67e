using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;
using Workflow.Reports.Reading.Pdf;

namespace Workflow.Reports.Tests.Reading.Pdf;

/// <summary>The RunLength bound counts a stream's decoded length as PdfPig decodes it, without decoding it.</summary>
public sealed class RunLengthLengthTests
{
    private static int Decoded(byte[] encoded) =>
        new RunLengthFilter().Decode(encoded, new DictionaryToken(new Dictionary<NameToken, IToken>()), DefaultFilterProvider.Instance, 0).Length;

    /// <summary>Runs of 128 repeated bytes, a literal of three bytes between them, and the end-of-data mark.</summary>
    internal static byte[] Runs(int count)
    {
        var encoded = new List<byte>();
        for (var i = 0; i < count; i++)
        {
            encoded.AddRange([129, (byte)' ']);
            if (i % 100 == 0)
            {
                encoded.AddRange([2, (byte)'B', (byte)'T', (byte)' ']);
            }
        }
        encoded.Add(128);
        return [.. encoded];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Counts_the_length_PdfPig_decodes(int runs)
    {
        var encoded = Runs(runs);

        Assert.Equal(Decoded(encoded), RunLengthLength.Of(encoded, long.MaxValue));
    }

    [Fact]
    public void Stops_counting_at_the_limit()
    {
        Assert.InRange(RunLengthLength.Of(Runs(1_000_000), 1_000_000), 1_000_000, 1_000_128);
    }
}
