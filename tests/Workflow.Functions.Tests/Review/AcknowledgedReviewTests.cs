using Workflow.Reports.Reading;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Agencies;
using Workflow.Functions.Review;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;
using Workflow.Reports.Model;

namespace Workflow.Functions.Tests.Review;

/// <summary>What the reviewer is told about a draft submitted over acknowledged errors, and about cells read with doubt.</summary>
[Collection(ReviewCollection.Name)]
public sealed class AcknowledgedReviewTests(ReviewTestHost host)
{
    private async Task<IReadOnlyList<string>> SubmitAcknowledgedAsync(TestAgency agency)
    {
        var broken = BrokenDrafts.RequestsAndAppealsOff(host, agency);
        var errors = BrokenDrafts.ErrorRules(host, broken);
        var response = await host.Services.GetRequiredService<SubmissionDesk>().SubmitAsync(
            agency.Profile, 2023, new ReportUpload(BrokenDrafts.Json(broken), ReportFormats.Json), new SubmissionTerms(Acknowledge: errors), host.Client, CancellationToken.None);
        Assert.Equal(202, response.StatusCode);
        return errors;
    }

    [Fact]
    public async Task The_review_page_marks_each_acknowledged_error_and_says_so_at_the_top()
    {
        var agency = await host.RegisterAgencyAsync();
        var errors = await SubmitAcknowledgedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), 1);

        var page = await host.Desk.ShowAsync(token, CancellationToken.None);

        Assert.Equal(200, page.Status);
        Assert.Contains($"提交单位确认了以下 {errors.Count} 项错误并坚持提交：{string.Join("、", errors)}", page.Html, StringComparison.Ordinal);
        foreach (var rule in errors)
        {
            Assert.Contains($"错误 <span class=\"badge\">提交单位已确认</span></td><td class=\"tight\">{rule}</td>", page.Html, StringComparison.Ordinal);
        }

        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task The_review_request_mail_says_the_draft_was_submitted_with_acknowledged_errors_and_lists_them()
    {
        var agency = await host.RegisterAgencyAsync();
        var errors = await SubmitAcknowledgedAsync(agency);

        var mail = await host.Mail.WaitForAsync(agency.Reviewer(1), m => m.Subject.StartsWith("【待审核】", StringComparison.Ordinal));

        Assert.Contains("项经提交单位确认的错误", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"（{string.Join("、", errors)}）", mail.Text, StringComparison.Ordinal);
        foreach (var rule in errors)
        {
            Assert.Contains($"· {rule}（", mail.Text, StringComparison.Ordinal);
        }

        Assert.Contains("经提交单位确认的错误", mail.Html, StringComparison.Ordinal);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_draft_without_acknowledged_errors_has_no_such_line_on_the_page_nor_in_the_mail()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), 1);

        var page = await host.Desk.ShowAsync(token, CancellationToken.None);

        Assert.DoesNotContain(ReviewPage.AcknowledgedBadge, page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewPage.InferredHeading, page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("经提交单位确认的错误", host.Mail.To(agency.Reviewer(1))[0].Text, StringComparison.Ordinal);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task The_review_page_lists_the_cells_the_reader_inferred()
    {
        var agency = await host.RegisterAgencyAsync();
        await InferredDrafts.SubmitSeedAsync(host, agency, InferredDrafts.RowTotal, InferredDrafts.Undecided);
        var token = await host.ReviewTokenAsync(agency.Reviewer(1), 1);

        var page = await host.Desk.ShowAsync(token, CancellationToken.None);

        Assert.Contains($"{ReviewPage.InferredHeading}（2处）", page.Html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>三/R1/自然人</td><td>20</td><td>按勾稽关系推断</td><td>三/R1/自然人 按行合计推断为 20，请核对</td></tr>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>四/行政复议/总计</td><td>（空）</td><td>无法确定（留空）</td>", page.Html, StringComparison.Ordinal);
        var mail = host.Mail.To(agency.Reviewer(1))[0];
        Assert.Contains("另有 2 个单元格未能按原文读取（三/R1/自然人、四/行政复议/总计）", mail.Text, StringComparison.Ordinal);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public void The_badge_marks_only_error_findings_whose_rule_was_acknowledged()
    {
        var agency = new AgencyProfile("page-only", "怀仁市行政审批服务管理局", AgencyKind.Department, ["a@b.test"], [["r@b.test"]], []);
        var model = new ReviewPageModel(agency, 2023, 1, 0, 1, "r@b.test", DateTimeOffset.UnixEpoch,
            [
                new("T3-BAL", Reports.Validation.Severity.Error, "不平衡", "三/R1/总计"),
                new("T3-ROW", Reports.Validation.Severity.Error, "行合计不符", "三/R2/总计"),
                new("F-VERSION", Reports.Validation.Severity.Warning, "旧版格式", "二"),
            ],
            null, "<article class=\"report\"></article>", "form-token", Acknowledged: ["T3-BAL", "F-VERSION"]);

        var html = ReviewPage.Form(model);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<span class=\"badge\">"));
        Assert.Contains("<span class=\"badge\">提交单位已确认</span></td><td class=\"tight\">T3-BAL</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_shows_the_acknowledged_rule_ids_of_each_revision()
    {
        var agency = await host.RegisterAgencyAsync();
        var errors = await SubmitAcknowledgedAsync(agency);

        var revision = await StatusRevisionAsync(agency);

        Assert.Equal(errors, revision.GetProperty("acknowledged").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(revision.GetProperty("inferred").EnumerateArray());
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task The_status_and_the_receipt_show_the_inferred_cells_of_the_revision()
    {
        var agency = await host.RegisterAgencyAsync();
        var response = await InferredDrafts.SubmitSeedAsync(host, agency, InferredDrafts.RowTotal, InferredDrafts.Undecided);

        using var receipt = JsonDocument.Parse(response.Content!);
        Assert.Equal(2, receipt.RootElement.GetProperty("inferred").GetArrayLength());
        var revision = await StatusRevisionAsync(agency);
        var inferred = revision.GetProperty("inferred");
        Assert.Equal("三/R1/自然人", inferred[0].GetProperty("location").GetString());
        Assert.Equal(20, inferred[0].GetProperty("value").GetInt64());
        Assert.Equal("identity", inferred[0].GetProperty("basis").GetString());
        Assert.Equal("三/R1/自然人 按行合计推断为 20，请核对", inferred[0].GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, inferred[1].GetProperty("value").ValueKind);
        Assert.Equal("unresolved", inferred[1].GetProperty("basis").GetString());
        Assert.Empty(revision.GetProperty("acknowledged").EnumerateArray());
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    private async Task<JsonElement> StatusRevisionAsync(TestAgency agency)
    {
        var function = ActivatorUtilities.CreateInstance<GetReportStatus>(host.Services);
        var response = (Http.ApiResponse)await function.Run(TestRequests.Create("GET", headers: TestRequests.AgencyKey(agency.Key)), agency.Id, "2023", CancellationToken.None);
        Assert.Equal(200, response.StatusCode);
        using var status = JsonDocument.Parse(response.Content!);
        return status.RootElement.GetProperty("revisions")[0].Clone();
    }
}
