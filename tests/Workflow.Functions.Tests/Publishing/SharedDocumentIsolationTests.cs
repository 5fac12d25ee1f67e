using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Publishing;
using Workflow.Reports.Model;

namespace Workflow.Functions.Tests.Publishing;

/// <summary>
/// One bad entry never stops the shared documents: it is left out with an alert naming it, and another
/// agency's publication goes on to its index entry, its feed entry and its mail.
/// </summary>
public sealed class SharedDocumentIsolationTests
{
    private static readonly DateTimeOffset ApprovedAt = new(2024, 1, 20, 6, 30, 0, TimeSpan.Zero);
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static async Task WriteEntryAsync(PublicationScenario scenario, string agencyId, string metadata) =>
        await scenario.Site.GetBlobClient(PublicSitePaths.Entry(2023, agencyId)).UploadAsync(
            new BinaryData("{}"), new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["entry"] = metadata } });

    private static string Encoded(PublicationEntry entry) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, YearIndexRenderer.JsonOptions)));

    [Fact]
    public async Task An_entry_stored_with_control_characters_does_not_stop_the_feed_or_the_next_publication()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var hostile = new PublicationEntry("hostile-entry", "坏\u0001单位\u001B", AgencyKind.Department, 2023, "标题\u000B\uD800", 1, ApprovedAt, ApprovedAt, [], new string('b', 64));
        await WriteEntryAsync(scenario, hostile.AgencyId, Encoded(hostile));
        var agency = await scenario.RegisterAgencyAsync();

        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt), agency);

        var feed = XDocument.Parse(await scenario.ReadAsync(PublicSitePaths.Feed));
        Assert.Contains(feed.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "id")!.Value.EndsWith($"/2023/{agency.Id}/index.html", StringComparison.Ordinal));
        Assert.Contains(feed.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "title")!.Value.StartsWith("标题", StringComparison.Ordinal) && SafeText.IsClean(e.Element(Atom + "title")!.Value));
        Assert.Contains(scenario.Mail.To(agency.Submitters[0]), m => m.Subject.StartsWith("已发布", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreadable_entry_is_left_out_of_the_indexes_with_an_alert_naming_it()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        await WriteEntryAsync(scenario, "broken-entry", Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"agencyId\": 1")));
        var agency = await scenario.RegisterAgencyAsync();

        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt), agency);

        using var index = JsonDocument.Parse(await scenario.ReadAsync(PublicSitePaths.YearIndexJson(2023)));
        var listed = index.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("agency").GetProperty("id").GetString()).ToList();
        Assert.Equal([agency.Id], listed);
        Assert.Contains(scenario.Mail.To("ops@example.test"), m => m.Subject.Contains("entries/2023/broken-entry.json", StringComparison.Ordinal));
        Assert.Contains(scenario.Mail.To(agency.Submitters[0]), m => m.Subject.StartsWith("已发布", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_entry_no_document_can_be_rendered_with_is_left_out_of_that_document_with_an_alert()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var indexes = scenario.Services.GetRequiredService<SharedIndexes>();
        var good = new PublicationEntry("good-agency", "好单位", AgencyKind.Department, 2023, "好标题", 1, ApprovedAt, ApprovedAt, [], new string('c', 64));
        var bad = good with { AgencyId = "bad-agency" };

        var document = await indexes.RenderIsolatedAsync("test.html", [good, bad],
            entries => entries.Any(e => e.AgencyId == bad.AgencyId) ? throw new InvalidOperationException("cannot render") : string.Join(",", entries.Select(e => e.AgencyId)));

        Assert.Equal("good-agency", document);
        Assert.Contains(scenario.Mail.To("ops@example.test"), m => m.Subject.Contains("entries/2023/bad-agency.json", StringComparison.Ordinal) && m.Subject.Contains("test.html", StringComparison.Ordinal));
    }
}
