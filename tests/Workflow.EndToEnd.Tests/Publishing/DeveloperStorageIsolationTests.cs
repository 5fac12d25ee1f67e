using System.Text;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Publishing;

/// <summary>
/// The tests publish into storage no developer's host uses: what `dotnet run --project src/Workflow.LocalHost`
/// published into the default "reports" container, hostile content included, never reaches a test's site.
/// </summary>
[Collection(LocalHostCollection.Name)]
public sealed class DeveloperStorageIsolationTests(LocalHostFixture host)
{
    [Fact]
    public async Task Hostile_content_a_developer_published_into_the_default_container_leaves_the_tests_site_alone()
    {
        // What a local experiment leaves behind: an index that is no JSON, a feed that is no XML, an entry with control characters.
        var developers = new BlobServiceClient(Azurite.ConnectionString).GetBlobContainerClient("reports");
        await developers.CreateIfNotExistsAsync();
        await developers.GetBlobClient("2023/index.json").UploadAsync(BinaryData.FromString("{ not json"), overwrite: true);
        await developers.GetBlobClient("feed.xml").UploadAsync(BinaryData.FromString("<feed><entry>\u0001"), overwrite: true);
        await developers.GetBlobClient("entries/2023/hostile.json").UploadAsync(
            BinaryData.FromBytes(Encoding.UTF8.GetBytes("{\"title\":\"\u0001\u000B\u001B\"}")), overwrite: true);

        var (agency, pageUrl) = await PublicSite.PublishSeedAsync(host, "isolated");

        Assert.DoesNotContain("/reports/", pageUrl, StringComparison.Ordinal);
        using var http = PublicSite.Anonymous();
        var index = await Polling.UntilAsync(
            async () => JsonNode.Parse(await http.GetStringAsync($"{PublicSite.BaseUrl(host)}/2023/index.json"))!["reports"]!.AsArray(),
            reports => reports.Any(r => r!["pageUrl"]!.GetValue<string>() == pageUrl));
        Assert.DoesNotContain(index, r => r!.ToJsonString().Contains("hostile", StringComparison.Ordinal));
        // The feed is rebuilt after the index.
        var feed = await Polling.UntilAsync(
            () => http.GetStringAsync($"{PublicSite.BaseUrl(host)}/feed.xml"),
            xml => xml.Contains(agency.Id, StringComparison.Ordinal));
        Assert.DoesNotContain("\u0001", feed, StringComparison.Ordinal);
    }
}
