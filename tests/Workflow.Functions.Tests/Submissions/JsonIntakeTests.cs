using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Http;
using Workflow.Functions.Submissions;
using Workflow.Functions.Tests.Support;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Tests.Submissions;

/// <summary>report.json is read as people save it (a BOM, UTF-16), and refused in Chinese with a JSON path, never a type name.</summary>
[Collection(ReviewCollection.Name)]
public sealed class JsonIntakeTests(ReviewTestHost host)
{
    private async Task<ApiResponse> DryRunAsync(TestAgency agency, byte[] body) =>
        (ApiResponse)await ActivatorUtilities.CreateInstance<ValidateReport>(host.Services)
            .Run(TestRequests.Create("POST", body, "application/json", TestRequests.AgencyKey(agency.Key)), CancellationToken.None);

    private string SeedJson(TestAgency agency) => ReportJson.Serialize(host.Services.GetRequiredService<ReportIntake>()
        .Read(Encoding.UTF8.GetBytes(Seed.Text), "text/plain", new ReadOptions(agency.Id, agency.Profile.Name, agency.Profile.Kind, 2023)).Report);

    [Theory]
    [InlineData("utf-8 with bom")]
    [InlineData("utf-16le with bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be with bom")]
    public async Task Report_json_saved_with_a_bom_or_in_utf16_is_read(string encoding)
    {
        var agency = await host.RegisterAgencyAsync();
        var json = SeedJson(agency);
        byte[] body = encoding switch
        {
            "utf-8 with bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(json)],
            "utf-16le with bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(json)],
            "utf-16le" => Encoding.Unicode.GetBytes(json),
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(json)],
        };

        var response = await DryRunAsync(agency, body);

        Assert.Equal(200, response.StatusCode);
    }

    [Theory]
    [InlineData("utf-8 with bom")]
    [InlineData("utf-16le with bom")]
    public async Task Report_json_saved_with_a_bom_or_in_utf16_is_submitted_for_review(string encoding)
    {
        var agency = await host.RegisterAgencyAsync();
        var json = SeedJson(agency);
        byte[] body = encoding == "utf-8 with bom"
            ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(json)]
            : [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(json)];

        var response = await host.SubmitAsync(agency, body, "application/json");

        Assert.True(response.StatusCode == 202, response.Content);
    }

    [Fact]
    public async Task A_json_refusal_is_chinese_names_the_json_path_and_no_dotnet_type()
    {
        var agency = await host.RegisterAgencyAsync();
        var json = SeedJson(agency).Replace("\"year\": 2023", "\"year\": \"二〇二三\"", StringComparison.Ordinal);

        var response = await DryRunAsync(agency, Encoding.UTF8.GetBytes(json));

        Assert.Equal(400, response.StatusCode);
        using var problem = JsonDocument.Parse(response.Content!);
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("$.year", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Workflow.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", detail, StringComparison.Ordinal);
        Assert.Matches("[\u4e00-\u9fff]{4}", detail);
    }
}
