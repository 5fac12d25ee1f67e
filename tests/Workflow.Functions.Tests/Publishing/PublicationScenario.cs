using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Agencies;
using Workflow.Functions.Publishing;
using Workflow.Functions.Review;
using Workflow.Functions.Storage;
using Workflow.Functions.Tests.Support;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;

namespace Workflow.Functions.Tests.Publishing;

/// <summary>
/// The app's services on Azurite with a public container of its own (so the shared indexes hold only this
/// test's reports), mail recorded, and helpers to register agencies and write approved documents.
/// </summary>
public sealed class PublicationScenario : IAsyncDisposable
{
    private PublicationScenario(ServiceProvider services, RecordingEmailSender mail, string container, ManualClock clock)
    {
        Services = services;
        Mail = mail;
        Container = container;
        Clock = clock;
    }

    public ServiceProvider Services { get; }

    public RecordingEmailSender Mail { get; }

    public ManualClock Clock { get; }

    public string Container { get; }

    public string PublicBase => $"http://127.0.0.1:10000/devstoreaccount1/{Container}";

    public BlobContainerClient Site => Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(Container);

    public static async Task<PublicationScenario> StartAsync(DateTimeOffset? now = null)
    {
        var container = $"pub{Guid.NewGuid():N}"[..24];
        var mail = new RecordingEmailSender();
        var clock = new ManualClock(now ?? new DateTimeOffset(2024, 1, 21, 1, 0, 0, TimeSpan.Zero));
        var services = WorkflowServices.Create(mail, settings =>
        {
            settings["Workflow:PublicContainer"] = container;
            settings["Workflow:PublicReportsBaseUrl"] = $"http://127.0.0.1:10000/devstoreaccount1/{container}";
            settings["Workflow:AlertEmail"] = "ops@example.test";
        }, clock);
        await services.GetRequiredService<StorageInitializer>().EnsureCreatedAsync();
        await services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(container).CreateIfNotExistsAsync(PublicAccessType.Blob);
        return new PublicationScenario(services, mail, container, clock);
    }

    public async Task<AgencyProfile> RegisterAgencyAsync(AgencyKind kind = AgencyKind.Department)
    {
        var id = TestSettings.NewAgencyId();
        var profile = new AgencyProfile(id, "怀仁市行政审批服务管理局", kind, [$"bgs@{id}.example"], [[$"shenhe@{id}.example"]], [$"zhuren@{id}.example"]);
        await Services.GetRequiredService<AgencyStore>().SaveAsync(profile, AgencyKeys.Hash(AgencyKeys.Create(id)));
        return profile;
    }

    /// <summary>
    /// The seed report as the agency's, approved at <paramref name="approvedAt"/>; <paramref name="overview"/> changes its
    /// text, <paramref name="title"/> its title.
    /// </summary>
    public static string ApprovedDocument(AgencyProfile agency, DateTimeOffset approvedAt, int revision = 1, int year = 2023, string? overview = null, string? title = null)
    {
        var report = new TextReportReader().Read(Seed.Text, new ReadOptions(agency.Id, agency.Name, agency.Kind, year)).Report;
        if (overview is not null)
        {
            report = report with { Sections = report.Sections with { Overview = overview } };
        }
        if (title is not null)
        {
            report = report with { Title = title };
        }
        var reviewer = agency.ReviewStages[0][0];
        return new ApprovedReportDocument(report, new ApprovalRecord(
            agency.Id, year, revision, new string('a', 64), approvedAt.AddDays(-1), approvedAt, revision > 1,
            [new ApprovalDecision(1, reviewer, "approve", "同意发布", approvedAt)])).Serialize();
    }

    /// <summary>Runs the blob-triggered function as the host would for approved/{year}/{agencyId}.json.</summary>
    public async Task RunTriggerAsync(string approvedJson, AgencyProfile agency, int year = 2023)
    {
        var function = ActivatorUtilities.CreateInstance<PublishApprovedReport>(Services);
        await function.Run(approvedJson, year.ToString(System.Globalization.CultureInfo.InvariantCulture), agency.Id, CancellationToken.None);
    }

    public async Task<string> ReadAsync(string path) =>
        Encoding.UTF8.GetString((await Site.GetBlobClient(path).DownloadContentAsync()).Value.Content.ToArray());

    public async Task<BlobProperties> PropertiesAsync(string path) => (await Site.GetBlobClient(path).GetPropertiesAsync()).Value;

    /// <summary>Every blob of the public container with its ETag.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SnapshotAsync()
    {
        var blobs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var item in Site.GetBlobsAsync())
        {
            blobs[item.Name] = item.Properties.ETag!.Value.ToString();
        }
        return blobs;
    }

    public async ValueTask DisposeAsync()
    {
        await Site.DeleteIfExistsAsync();
        await Services.DisposeAsync();
    }
}
