using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Workflow.Functions.Regions;
using Workflow.Functions.Review;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Regions;

public sealed class AdminPageLinksTests
{
    private readonly ManualClock clock = new(new DateTimeOffset(2024, 1, 10, 8, 0, 0, TimeSpan.Zero));

    private IOptions<WorkflowOptions> Options => Microsoft.Extensions.Options.Options.Create(new WorkflowOptions
    {
        ReviewLinkKey = TestSettings.ReviewLinkKey,
        ReviewLinkLifetime = TimeSpan.FromDays(14),
        ApiBaseUrl = "https://gongkai.example.test",
    });

    private AdminPageLinks Links => new(Options, clock);

    private static HttpRequest Request(string url)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(new Uri(url).Query);
        return context.Request;
    }

    [Fact]
    public void A_link_opens_the_page_it_was_issued_for()
    {
        var (url, _) = Links.Issue(AdminPageLinks.RegionPage("huairen-gov", 2023));

        Assert.StartsWith("https://gongkai.example.test/api/admin/regions/huairen-gov/2023?format=html&access=", url, StringComparison.Ordinal);
        Assert.True(Links.Opens(Request(url), AdminPageLinks.RegionPage("huairen-gov", 2023)));
    }

    [Fact]
    public void A_link_does_not_open_another_region_another_year_or_the_season_page()
    {
        var (url, _) = Links.Issue(AdminPageLinks.RegionPage("huairen-gov", 2023));

        Assert.False(Links.Opens(Request(url), AdminPageLinks.RegionPage("datong-gov", 2023)));
        Assert.False(Links.Opens(Request(url), AdminPageLinks.RegionPage("huairen-gov", 2024)));
        Assert.False(Links.Opens(Request(url), AdminPageLinks.SeasonPage(2023)));
    }

    [Fact]
    public void A_link_stops_working_when_it_expires()
    {
        var (url, expiresAt) = Links.Issue(AdminPageLinks.SeasonPage(2023));

        clock.Now = expiresAt;

        Assert.False(Links.Opens(Request(url), AdminPageLinks.SeasonPage(2023)));
    }

    [Fact]
    public void A_review_link_token_is_no_admin_link_and_a_changed_page_breaks_the_signature()
    {
        var signer = new ReviewLinkSigner(Options, clock);
        var reviewToken = signer.Sign(signer.NewGrant("report-huairen-2023", 1, 0, "lead@example.test", "ABCDEF"));
        var (url, _) = Links.Issue(AdminPageLinks.SeasonPage(2023));
        var token = url[(url.IndexOf("access=", StringComparison.Ordinal) + 7)..];
        var payload = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes($"season/2024|{long.MaxValue}"));
        var forged = payload + token[token.IndexOf('.')..];

        Assert.False(Links.Opens(Request($"https://x.test/?access={reviewToken}"), AdminPageLinks.SeasonPage(2023)));
        Assert.False(Links.Opens(Request($"https://x.test/?access={forged}"), AdminPageLinks.SeasonPage(2024)));
    }

    [Theory]
    [InlineData("season/2023", true)]
    [InlineData("regions/huairen-gov/2023", true)]
    [InlineData("regions/Huairen/2023", false)]
    [InlineData("agencies/huairen-gov", false)]
    [InlineData("season/23", false)]
    public void Only_the_season_and_region_pages_get_links(string page, bool allowed)
    {
        Assert.Equal(allowed, AdminPageLinks.IsPage(page));
    }
}
