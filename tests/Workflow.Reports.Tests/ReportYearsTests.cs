using Workflow.Reports.Model;

namespace Workflow.Reports.Tests;

public class ReportYearsTests
{
    [Theory]
    [InlineData(2007, false)]
    [InlineData(2008, true)]
    [InlineData(2100, true)]
    [InlineData(2101, false)]
    public void A_year_is_valid_from_the_first_year_under_the_regulations_to_the_last_the_schema_admits(int year, bool valid)
    {
        Assert.Equal(valid, ReportYears.IsValid(year));
    }

    [Fact]
    public void With_a_clock_a_year_after_the_current_one_is_not_valid()
    {
        Assert.True(ReportYears.IsValid(2025, latest: 2025));
        Assert.False(ReportYears.IsValid(2026, latest: 2025));
    }

    [Theory]
    [InlineData("2023", 2023)]
    [InlineData("23", null)]
    [InlineData("02023", null)]
    [InlineData("+2023", null)]
    [InlineData("２０２３", null)]
    [InlineData("3023", null)]
    [InlineData(null, null)]
    public void Parse_takes_four_ascii_digits_naming_a_valid_year(string? text, int? year)
    {
        Assert.Equal(year, ReportYears.Parse(text));
    }
}
