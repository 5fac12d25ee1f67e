using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Http;
using Workflow.Functions.Storage;
using Workflow.Functions.Tests.Support;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Tests.Submissions;

/// <summary>A revision's identity is the report read from the upload (its canonical JSON), not the upload's bytes.</summary>
[Collection(ReviewCollection.Name)]
public sealed class RevisionIdentityTests(ReviewTestHost host)
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")
        ?? throw new InvalidOperationException("GB18030 is not available");

    private static byte[] Utf16WithBom(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

    private async Task<IReadOnlyList<RevisionEntity>> RevisionsAsync(TestAgency agency) =>
        [.. await host.Services.GetRequiredService<SubmissionStore>().ListRevisionsAsync(agency.Report())];

    private static void AssertRepeatedRevision(ApiResponse response, int revision)
    {
        Assert.Equal(202, response.StatusCode);
        using var receipt = JsonDocument.Parse(response.Content!);
        Assert.Equal(revision, receipt.RootElement.GetProperty("revision").GetInt32());
        Assert.True(receipt.RootElement.GetProperty("repeated").GetBoolean());
    }

    [Fact]
    public async Task The_seed_in_GB18030_after_the_seed_in_UTF_8_is_the_same_revision()
    {
        var agency = await host.RegisterAgencyAsync();
        Assert.Equal(202, (await host.SubmitAsync(agency, Encoding.UTF8.GetBytes(Seed.Text), "text/plain")).StatusCode);

        var again = await host.SubmitAsync(agency, Gb18030.GetBytes(Seed.Text), "text/plain");

        AssertRepeatedRevision(again, 1);
        Assert.Single(await RevisionsAsync(agency));
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task The_seed_in_UTF_16_after_the_seed_in_GB18030_is_the_same_revision()
    {
        var agency = await host.RegisterAgencyAsync();
        Assert.Equal(202, (await host.SubmitAsync(agency, Gb18030.GetBytes(Seed.Text), "text/plain")).StatusCode);

        var again = await host.SubmitAsync(agency, Utf16WithBom(Seed.Text), "text/plain");

        AssertRepeatedRevision(again, 1);
        Assert.Single(await RevisionsAsync(agency));
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task The_same_report_as_json_after_its_text_is_the_same_revision()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitSeedAsync(agency);
        var canonical = ReportJson.Serialize(await host.Services.GetRequiredService<DraftStore>().ReadReportAsync(agency.Report(), 1));

        var again = await host.SubmitAsync(agency, Encoding.UTF8.GetBytes(canonical), "application/json");

        AssertRepeatedRevision(again, 1);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }

    [Fact]
    public async Task A_changed_report_is_a_new_revision()
    {
        var agency = await host.RegisterAgencyAsync();
        await host.SubmitAsync(agency, Encoding.UTF8.GetBytes(Seed.Text), "text/plain");

        var revised = await host.SubmitRevisedSeedAsync(agency, "补充说明。");

        Assert.Equal(202, revised.StatusCode);
        using var receipt = JsonDocument.Parse(revised.Content!);
        Assert.Equal(2, receipt.RootElement.GetProperty("revision").GetInt32());
        Assert.False(receipt.RootElement.GetProperty("repeated").GetBoolean());
        Assert.Equal(2, (await RevisionsAsync(agency)).Count);
        await host.Client.TerminateInstanceAsync(agency.Report().InstanceId);
    }
}
