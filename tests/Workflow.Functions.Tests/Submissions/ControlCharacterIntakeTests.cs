using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Http;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Tests.Submissions;

/// <summary>
/// Text is clean at the door: U+0001, U+000B, U+001B (and every other control character but tab and line
/// breaks, U+FFFE/U+FFFF and lone surrogates) are removed from the reading in every format, with an info
/// finding F-CTRL saying where.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed class ControlCharacterIntakeTests(ReviewTestHost host)
{
    private const string Hostile = "\u0001\u000B\u001B";

    private async Task<JsonElement> DryRunAsync(TestAgency agency, byte[] body, string mediaType)
    {
        var response = (ApiResponse)await ActivatorUtilities.CreateInstance<ValidateReport>(host.Services)
            .Run(TestRequests.Create("POST", body, mediaType, TestRequests.AgencyKey(agency.Key)), CancellationToken.None);
        Assert.Equal(200, response.StatusCode);
        return JsonDocument.Parse(response.Content!).RootElement.Clone();
    }

    private static void AssertCleaned(JsonElement answer)
    {
        var report = answer.GetProperty("report");
        foreach (var text in new[] { report.GetProperty("title").GetString()!, report.GetProperty("sections").GetProperty("overview").GetString()! })
        {
            Assert.True(Reports.Model.SafeText.IsClean(text), $"still carries {Reports.Model.SafeText.DescribeFirstUnsafe(text)}");
        }

        var note = Assert.Single(answer.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == ReportTextCleaner.RuleId);
        Assert.Equal("info", note.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Control_characters_in_a_text_report_are_removed_with_an_info_finding()
    {
        var agency = await host.RegisterAgencyAsync();
        var lines = Seed.Text.Split('\n');
        lines[0] = lines[0].TrimEnd('\r') + Hostile;
        var text = string.Join('\n', lines).Replace("一、总体情况", "一、总体情况" + Hostile, StringComparison.Ordinal);

        AssertCleaned(await DryRunAsync(agency, Encoding.UTF8.GetBytes(text), "text/plain"));
    }

    [Fact]
    public async Task Character_references_to_control_characters_in_html_are_removed_with_an_info_finding()
    {
        var agency = await host.RegisterAgencyAsync();
        var report = host.Services.GetRequiredService<ReportIntake>()
            .Read(Encoding.UTF8.GetBytes(Seed.Text), "text/plain", new ReadOptions(agency.Id, agency.Profile.Name, agency.Profile.Kind, 2023)).Report;
        var html = new HtmlReportRenderer().Render(report)
            .Replace("<h1>", "<h1>&#1;&#11;&#x1b;", StringComparison.Ordinal)
            .Replace("<p>", "<p>&#1;&#11;&#x1B;", StringComparison.Ordinal);

        AssertCleaned(await DryRunAsync(agency, Encoding.UTF8.GetBytes(html), "text/html"));
    }

    [Fact]
    public async Task Escaped_control_characters_and_lone_surrogates_in_report_json_are_removed_with_an_info_finding()
    {
        var agency = await host.RegisterAgencyAsync();
        var report = host.Services.GetRequiredService<ReportIntake>()
            .Read(Encoding.UTF8.GetBytes(Seed.Text), "text/plain", new ReadOptions(agency.Id, agency.Profile.Name, agency.Profile.Kind, 2023)).Report;
        var hostile = report with
        {
            Title = report.Title + Hostile + "\uD800",
            Sections = report.Sections with { Overview = Hostile + report.Sections.Overview + "\uFFFF" },
        };

        AssertCleaned(await DryRunAsync(agency, Encoding.UTF8.GetBytes(ReportJson.Serialize(hostile)), "application/json"));
    }
}
