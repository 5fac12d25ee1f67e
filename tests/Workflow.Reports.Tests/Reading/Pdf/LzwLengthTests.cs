using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;
using Workflow.Reports.Reading.Pdf;

namespace Workflow.Reports.Tests.Reading.Pdf;

/// <summary>The LZW bound counts a stream's decoded length as PdfPig decodes it, without decoding it.</summary>
public sealed class LzwLengthTests
{
    private static int Decoded(byte[] codes) =>
        new LzwFilter().Decode(codes, new DictionaryToken(new Dictionary<NameToken, IToken>()), DefaultFilterProvider.Instance, 0).Length;

    [Theory]
    [InlineData(1)]
    [InlineData(1_000)]
    [InlineData(3_000_000)]
    [InlineData(20_000_000)]
    public void Counts_the_length_PdfPig_decodes(long run)
    {
        var codes = LzwCodes.Run(run);

        Assert.Equal(Decoded(codes), LzwLength.Of(codes, earlyChange: true, long.MaxValue));
    }

    [Fact]
    public void Stops_counting_at_the_limit()
    {
        Assert.InRange(LzwLength.Of(LzwCodes.Run(100_000_000), earlyChange: true, 1_000_000), 1_000_000, 1_004_096);
    }
}
