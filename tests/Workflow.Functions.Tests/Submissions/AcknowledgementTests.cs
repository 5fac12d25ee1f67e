using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Http;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Submissions;

/// <summary>
/// A draft with error findings is not a dead end: the 422 says which rule IDs to acknowledge and how, and a draft
/// whose every error is acknowledged goes to review like any other, the acknowledgement stored and audited.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed class AcknowledgementTests(ReviewTestHost host)
{
    private async Task<ApiResponse> PostAsync(TestAgency agency, byte[] body, string query = "", IReadOnlyDictionary<string, string>? headers = null, string contentType = "application/json")
    {
        var allHeaders = new Dictionary<string, string>(TestRequests.AgencyKey(agency.Key));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            allHeaders[name] = value;
        }

        var request = TestRequests.Create("POST", body, contentType, allHeaders, query);
        return (ApiResponse)await ActivatorUtilities.CreateInstance<SubmitDraft>(host.Services).Run(request, host.Client, agency.Id, "2023", CancellationToken.None);
    }

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task A_refused_draft_says_which_rule_ids_to_acknowledge_and_how()
    {
        var agency = await host.RegisterAgencyAsync();
        var broken = BrokenDrafts.RequestsAndAppealsOff(host, agency);
        var errors = BrokenDrafts.ErrorRules(host, broken);

        var response = await PostAsync(agency, BrokenDrafts.Json(broken));

        Assert.Equal(422, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.ContentType, StringComparison.Ordinal);
        using var problem = JsonDocument.Parse(response.Content!);
        var root = problem.RootElement;
        Assert.NotEmpty(root.GetProperty("findings").EnumerateArray());
        Assert.Contains("T4-REV", errors);
        Assert.Equal(errors, Strings(root.GetProperty("acknowledge")));
        Assert.Equal(errors, Strings(root.GetProperty("unacknowledged")));
        var value = string.Join(",", errors);
        Assert.EndsWith($"/api/agencies/{agency.Id}/reports/2023/drafts?acknowledge={value}", root.GetProperty("acknowledgeUrl").GetString(), StringComparison.Ordinal);
        var detail = root.GetProperty("detail").GetString()!;
        Assert.Contains($"?acknowledge={value}", detail, StringComparison.Ordinal);
        Assert.Contains($"X-Acknowledge: {value}", detail, StringComparison.Ordinal);
        Assert.Contains("坚持提交", root.GetProperty("acknowledgeHint").GetString(), StringComparison.Ordinal);
        Assert.Null(await host.Services.GetRequiredService<SubmissionStore>().GetReportAsync(agency.Report()));
    }

    [Fact]
    public async Task Acknowledging_every_error_in_the_query_sends_the_draft_to_review()
    {
        var agency = await host.RegisterAgencyAsync();
        var broken = BrokenDrafts.RequestsAndAppealsOff(host, agency);
        var errors = BrokenDrafts.ErrorRules(host, broken);

        var response = await PostAsync(agency, BrokenDrafts.Json(broken), $"?acknowledge={string.Join(",", errors)}");

        Assert.Equal(202, response.StatusCode);
        using var receipt = JsonDocument.Parse(response.Content!);
        Assert.Equal(errors, Strings(receipt.RootElement.GetProperty("acknowledged")));
        await host.ReviewTokenAsync(agency.Reviewer(1), 1);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task Acknowledging_in_the_x_acknowledge_header_does_the_same()
    {
        var agency = await host.RegisterAgencyAsync();
        var broken = BrokenDrafts.RequestsAndAppealsOff(host, agency);
        var errors = BrokenDrafts.ErrorRules(host, broken);

        var response = await PostAsync(agency, BrokenDrafts.Json(broken), headers: new Dictionary<string, string> { ["X-Acknowledge"] = string.Join(", ", errors).ToLowerInvariant() });

        Assert.Equal(202, response.StatusCode);
        await host.ReviewTokenAsync(agency.Reviewer(1), 1);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task Acknowledging_only_some_errors_is_refused_listing_the_rest()
    {
        var agency = await host.RegisterAgencyAsync();
        var broken = BrokenDrafts.RequestsAndAppealsOff(host, agency);
        var errors = BrokenDrafts.ErrorRules(host, broken);

        var response = await PostAsync(agency, BrokenDrafts.Json(broken), "?acknowledge=T4-REV");

        Assert.Equal(422, response.StatusCode);
        using var problem = JsonDocument.Parse(response.Content!);
        var root = problem.RootElement;
        Assert.Equal(errors.Where(e => e != "T4-REV"), Strings(root.GetProperty("unacknowledged")));
        Assert.Equal(["T4-REV"], Strings(root.GetProperty("acknowledged")));
        Assert.Equal(errors, Strings(root.GetProperty("acknowledge")));
        Assert.Contains("尚未确认", root.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(await host.Services.GetRequiredService<SubmissionStore>().GetReportAsync(agency.Report()));
    }

    [Fact]
    public async Task Acknowledging_rule_ids_that_are_not_errors_is_harmless()
    {
        var agency = await host.RegisterAgencyAsync();

        var response = await PostAsync(agency, Encoding.UTF8.GetBytes(Seed.Text), "?acknowledge=T3-BAL,F-VERSION,not%20a%20rule", contentType: "text/plain");

        Assert.Equal(202, response.StatusCode);
        using var receipt = JsonDocument.Parse(response.Content!);
        Assert.Empty(receipt.RootElement.GetProperty("acknowledged").EnumerateArray());
        Assert.Null((await host.Services.GetRequiredService<SubmissionStore>().GetRevisionAsync(agency.Report(), 1))!.Acknowledged);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task Unreadable_input_stays_a_bad_request_whatever_is_acknowledged()
    {
        var agency = await host.RegisterAgencyAsync();

        var response = await PostAsync(agency, Encoding.UTF8.GetBytes("这不是一份年度报告。"), "?acknowledge=F-SECT,F-TABLES", contentType: "text/plain");

        Assert.Equal(400, response.StatusCode);
    }

    [Fact]
    public async Task The_acknowledgement_is_stored_with_the_revision_and_recorded_in_the_audit()
    {
        var agency = await host.RegisterAgencyAsync();
        var broken = BrokenDrafts.RequestsAndAppealsOff(host, agency);
        var errors = BrokenDrafts.ErrorRules(host, broken);

        await PostAsync(agency, BrokenDrafts.Json(broken), $"?acknowledge={string.Join(",", errors)}");

        var revision = await host.Services.GetRequiredService<SubmissionStore>().GetRevisionAsync(agency.Report(), 1);
        Assert.Equal(errors, revision!.AcknowledgedRules());
        var audit = await host.Services.GetRequiredService<AuditLog>().ListAsync(agency.Report());
        var entry = Assert.Single(audit, a => a.Step == SubmissionDesk.AcknowledgedStep);
        Assert.Equal(1, entry.Revision);
        Assert.Equal(agency.Id, entry.Actor);
        Assert.Equal($"提交人确认了以下错误并坚持提交：{string.Join("、", errors)}", entry.Detail);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_draft_without_errors_leaves_no_acknowledgement_in_the_audit()
    {
        var agency = await host.RegisterAgencyAsync();

        await host.SubmitSeedAsync(agency);

        var audit = await host.Services.GetRequiredService<AuditLog>().ListAsync(agency.Report());
        Assert.DoesNotContain(audit, a => a.Step == SubmissionDesk.AcknowledgedStep);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Theory]
    [InlineData("T3-BAL,T4-REV")]
    [InlineData("t3-bal, t4-rev")]
    [InlineData("T3-BAL，T4-REV")]
    [InlineData("T3-BAL、T4-REV")]
    [InlineData("T3-BAL;T4-REV;<script>")]
    public void Rule_ids_are_read_whatever_the_separator_and_case_and_junk_is_ignored(string value) =>
        Assert.Equal(new HashSet<string> { "T3-BAL", "T4-REV" }, Acknowledgement.Parse([value]));

    [Fact]
    public void The_query_and_the_header_add_up()
    {
        var request = TestRequests.Create("POST", headers: new Dictionary<string, string> { ["X-Acknowledge"] = "T4-REV" }, query: "?acknowledge=T3-BAL&acknowledge=T3-ROW");

        Assert.Equal(new HashSet<string> { "T3-BAL", "T3-ROW", "T4-REV" }, Acknowledgement.Given(request));
    }
}
