using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Validation;

public class TextFiguresTests
{
    [Fact]
    public void Figures_split_by_line_breaks_and_spaces_are_joined()
    {
        var text = TextFigures.Normalise("共受理政府信息公开申请 3119 件，答\n复 3050 件");

        Assert.Equal("共受理政府信息公开申请3119件,答复3050件", text);
    }

    [Fact]
    public void Full_width_digits_and_grouping_are_normalised() =>
        Assert.Equal("受理3119件", TextFigures.Normalise("受理３，１１９件"));

    [Fact]
    public void Figures_keep_their_unit_and_printed_precision()
    {
        var figures = TextFigures.Extract("2023年办结23063件,办结率为96.64%");

        Assert.Equal([(2023m, "年", 0), (23063m, "件", 0), (96.64m, "%", 2)], figures.Select(f => (f.Value, f.Unit, f.Decimals)));
        Assert.True(figures[1].IsCount);
        Assert.False(figures[0].IsCount);
        Assert.True(figures[2].IsPercentage);
    }

    [Fact]
    public void Sentences_split_at_full_stops_and_semicolons() =>
        Assert.Equal(["予以公开258件,占33.9%", "不予公开35件"], TextFigures.Sentences(TextFigures.Normalise("予以公开258件，占33.9%；不予公开35件。")));
}
