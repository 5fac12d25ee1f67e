using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Submissions;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Functions.Tests.Support;

/// <summary>The seed with arithmetic errors put in, as canonical JSON, and the error rule IDs they raise.</summary>
public static class BrokenDrafts
{
    /// <summary>The seed with 三 R1 自然人 = 5 (its row and the balance no longer add up).</summary>
    public static AnnualReport RequestsOff(ReviewTestHost host, TestAgency agency)
    {
        var report = Seed(host, agency);
        var rows = report.Sections.Requests.Rows.ToDictionary(r => r.Key, r => r.Value);
        rows["R1"] = [.. rows["R1"].Select((v, i) => i == 0 ? 5 : v)];
        return report with { Sections = report.Sections with { Requests = report.Sections.Requests with { Rows = rows } } };
    }

    /// <summary><see cref="RequestsOff"/>, and also 四 行政复议 总计 = 5 with no result (T4-REV).</summary>
    public static AnnualReport RequestsAndAppealsOff(ReviewTestHost host, TestAgency agency)
    {
        var report = RequestsOff(host, agency);
        var values = report.Sections.Appeals.Values.Select((v, i) => i == 4 ? 5 : v).ToList();
        return report with { Sections = report.Sections with { Appeals = report.Sections.Appeals with { Values = values } } };
    }

    public static byte[] Json(AnnualReport report) => Encoding.UTF8.GetBytes(ReportJson.Serialize(report));

    /// <summary>The distinct rule IDs of the error findings of <paramref name="report"/>, in the order of the findings.</summary>
    public static IReadOnlyList<string> ErrorRules(ReviewTestHost host, AnnualReport report) =>
        [.. host.Services.GetRequiredService<ReportIntake>().Check(new ReportReading(report, []), null)
            .Where(f => f.Severity == Severity.Error).Select(f => f.RuleId).Distinct()];

    private static AnnualReport Seed(ReviewTestHost host, TestAgency agency) => host.Services.GetRequiredService<ReportIntake>()
        .Read(Encoding.UTF8.GetBytes(Support.Seed.Text), "text/plain", new ReadOptions(agency.Id, agency.Profile.Name, agency.Profile.Kind, 2023)).Report;
}

/// <summary>
/// Drafts whose reading has cells the reader inferred. The reader does not produce them yet, so the reading is built
/// here and handed to the desk past the reader, the way <see cref="SubmissionDesk.SubmitReadingAsync"/> takes it.
/// </summary>
public static class InferredDrafts
{
    public static readonly InferredCell RowTotal = new("三/R1/自然人", 20, InferenceBasis.Identity, "三/R1/自然人 按行合计推断为 20，请核对");

    public static readonly InferredCell Undecided = new("四/行政复议/总计", null, InferenceBasis.Unresolved, "数字连写，有两种拆分方式，留空");

    public static Task<Http.ApiResponse> SubmitSeedAsync(ReviewTestHost host, TestAgency agency, params InferredCell[] inferred)
    {
        var body = Encoding.UTF8.GetBytes(Seed.Text);
        var reading = host.Services.GetRequiredService<ReportIntake>()
            .Read(body, ReportFormats.Text, new ReadOptions(agency.Id, agency.Profile.Name, agency.Profile.Kind, 2023));
        return host.Services.GetRequiredService<SubmissionDesk>().SubmitReadingAsync(
            agency.Profile, 2023, new ReportUpload(body, ReportFormats.Text), reading with { Inferred = inferred }, new SubmissionTerms(), host.Client, CancellationToken.None);
    }
}
