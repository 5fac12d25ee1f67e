using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Review;

/// <summary>
/// A report with a real arithmetic error is not a dead end: refused with the rule IDs to acknowledge, it reaches review
/// when the bureau acknowledges them, and the reviewer sees them marked. Over HTTP against the local host.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class AcknowledgeOverHttpTests(LocalHostFixture host)
{
    /// <summary>The seed with 三 一、本年新收 自然人 written 5 instead of 0: the row no longer adds up to its 总计 0.</summary>
    static string SeedWithUnbalancedRow()
    {
        var text = ReviewFlow.SeedText;
        var row = text.IndexOf("一、本年新收政府信息公开申请数量 |", StringComparison.Ordinal);
        Assert.True(row >= 0, "the seed's table 三 has the 本年新收 row");
        var cell = text.IndexOf("0 |", row, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, cell), "5 |", text.AsSpan(cell + 3));
    }

    [Fact]
    public async Task A_report_with_one_arithmetic_error_reaches_review_when_the_bureau_acknowledges_it()
    {
        var agency = await host.Api.RegisterAgencyAsync("ack");
        var text = SeedWithUnbalancedRow();

        using var refused = await host.Api.SubmitAsync(agency.Id, agency.ApiKey, text);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var rules = problem["acknowledge"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.StartsWith("T3-", r, StringComparison.Ordinal));
        Assert.Contains(problem["findings"]!.AsArray(), f => f!["severity"]!.GetValue<string>() == "error" && f["location"]!.GetValue<string>().StartsWith("三/R1", StringComparison.Ordinal));
        var address = problem["acknowledgeUrl"]!.GetValue<string>();
        Assert.Equal($"{host.Settings.ApiBase}/api/agencies/{agency.Id}/reports/2023/drafts?acknowledge={string.Join(",", rules)}", address);

        using var accepted = await host.Api.SubmitAsync(new Uri(address), agency.ApiKey, new StringContent(text, Encoding.UTF8, "text/plain"));
        var receipt = await accepted.Content.ReadAsStringAsync();
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, $"Submit with acknowledge: {(int)accepted.StatusCode} {receipt}");

        var mail = await host.SendGrid.WaitForAsync(agency.Reviewer, ReviewLinks.Contains);
        Assert.Contains($"项经提交单位确认的错误（{string.Join("、", rules)}）", mail.PlainText, StringComparison.Ordinal);
        var page = await host.Api.OpenReviewAsync(ReviewLinks.In(mail));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"提交单位确认了以下 {rules.Count} 项错误并坚持提交：{string.Join("、", rules)}", page.Html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">提交单位已确认</span>", page.Html, StringComparison.Ordinal);
        var status = await host.Api.StatusAsync(agency);
        Assert.Equal(rules, status["revisions"]![0]!["acknowledged"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}
