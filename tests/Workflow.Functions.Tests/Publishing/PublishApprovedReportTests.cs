using System.Text.Json.Nodes;
using System.Xml;
using Json.Schema;
using System.ServiceModel.Syndication;
using Workflow.Functions.Publishing;
using Workflow.Reports.Model;

namespace Workflow.Functions.Tests.Publishing;

/// <summary>The blob-triggered publication against Azurite, each test with its own public container.</summary>
public sealed class PublishApprovedReportTests
{
    private static readonly DateTimeOffset ApprovedAt = new(2024, 1, 20, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Published_page_shows_agency_figures_and_publication_header()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();

        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt), agency);

        var page = await scenario.ReadAsync(PublicSitePaths.ReportPage(2023, agency.Id));
        Assert.Contains("怀仁市行政审批服务管理局", page);
        Assert.Contains("15098", page);
        Assert.Contains("发布日期</dt><dd><time datetime=\"2024-01-20\">2024年1月20日</time>", page);
        Assert.Contains("批准日期</dt><dd><time datetime=\"2024-01-20\">2024年1月20日</time>（第1稿）", page);
        Assert.Contains("按时发布", page);
        Assert.Contains("<a href=\"report.json\">report.json</a>", page);
        Assert.DoesNotContain("更正", page);
    }

    [Fact]
    public async Task Public_blobs_carry_content_type_with_charset_and_cache_control()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();

        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt), agency);

        var expected = new Dictionary<string, PublicContent>
        {
            [PublicSitePaths.ReportPage(2023, agency.Id)] = PublicContent.ReportPage,
            [PublicSitePaths.ReportJson(2023, agency.Id)] = PublicContent.ReportJson,
            [PublicSitePaths.YearIndexHtml(2023)] = PublicContent.IndexHtml,
            [PublicSitePaths.YearIndexJson(2023)] = PublicContent.IndexJson,
            [PublicSitePaths.Feed] = PublicContent.Feed,
            [PublicSitePaths.Schema] = PublicContent.Schema,
        };
        foreach (var (path, content) in expected)
        {
            var properties = await scenario.PropertiesAsync(path);
            Assert.Equal((content.ContentType, content.CacheControl), (properties.ContentType, properties.CacheControl));
            Assert.Contains("charset=utf-8", properties.ContentType);
        }
        Assert.Contains("max-age=3600", PublicContent.ReportPage.CacheControl);
        Assert.Contains("max-age=60", PublicContent.IndexJson.CacheControl);
    }

    [Fact]
    public async Task Report_json_validates_against_the_published_schema_whose_id_is_its_url()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();

        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt), agency);

        var schemaText = await scenario.ReadAsync(PublicSitePaths.Schema);
        var schema = JsonSchema.FromText(schemaText);
        Assert.Equal($"{scenario.PublicBase}/{PublicSitePaths.Schema}", JsonNode.Parse(schemaText)!["$id"]!.GetValue<string>());
        var report = System.Text.Json.JsonDocument.Parse(await scenario.ReadAsync(PublicSitePaths.ReportJson(2023, agency.Id))).RootElement;
        var result = schema.Evaluate(report, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", result.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Values) ?? []));
    }

    [Fact]
    public async Task Publishing_the_same_blob_twice_changes_no_blob_and_sends_no_second_mail()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();
        var approved = PublicationScenario.ApprovedDocument(agency, ApprovedAt);
        await scenario.RunTriggerAsync(approved, agency);
        var before = await scenario.SnapshotAsync();
        int MailsOfAgency() => scenario.Mail.Sent.Count(m => m.To.Any(to => to.Contains(agency.Id, StringComparison.Ordinal)));
        var mailsBefore = MailsOfAgency();

        await scenario.RunTriggerAsync(approved, agency);

        // statistics.html also lists the registered agencies that have not published, and the tests running beside this
        // one register agencies in the same table: that page may change between the two runs, every other blob may not.
        static IReadOnlyDictionary<string, string> WithoutStatisticsPage(IReadOnlyDictionary<string, string> blobs) =>
            blobs.Where(b => b.Key != PublicSitePaths.StatisticsHtml(2023)).ToDictionary();
        Assert.Equal(WithoutStatisticsPage(before), WithoutStatisticsPage(await scenario.SnapshotAsync()));
        Assert.Equal(2, mailsBefore);
        Assert.Equal(mailsBefore, MailsOfAgency());
    }

    [Fact]
    public async Task Twenty_concurrent_publications_all_appear_in_the_year_index_and_the_feed()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agencies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => scenario.RegisterAgencyAsync()));

        await Task.WhenAll(agencies.Select((agency, i) =>
            Task.Run(() => scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt.AddMinutes(i)), agency))));

        var index = JsonNode.Parse(await scenario.ReadAsync(PublicSitePaths.YearIndexJson(2023)))!;
        var listed = index["reports"]!.AsArray().Select(r => r!["agency"]!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(agencies.Select(a => a.Id).ToHashSet(), listed);
        var html = await scenario.ReadAsync(PublicSitePaths.YearIndexHtml(2023));
        Assert.All(agencies, a => Assert.Contains($"href=\"{a.Id}/index.html\"", html));
        using var reader = XmlReader.Create(new StringReader(await scenario.ReadAsync(PublicSitePaths.Feed)));
        Assert.Equal(20, SyndicationFeed.Load(reader).Items.Count());
    }

    [Fact]
    public async Task Year_index_lists_urls_dates_deadline_and_timeliness()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var onTime = await scenario.RegisterAgencyAsync();
        var late = await scenario.RegisterAgencyAsync();
        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(onTime, ApprovedAt), onTime);
        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(late, new DateTimeOffset(2024, 2, 1, 2, 0, 0, TimeSpan.Zero)), late);

        var reports = JsonNode.Parse(await scenario.ReadAsync(PublicSitePaths.YearIndexJson(2023)))!["reports"]!.AsArray();
        var first = reports.Single(r => r!["agency"]!["id"]!.GetValue<string>() == onTime.Id)!;
        Assert.Equal($"{scenario.PublicBase}/2023/{onTime.Id}/index.html", first["pageUrl"]!.GetValue<string>());
        Assert.Equal($"{scenario.PublicBase}/2023/{onTime.Id}/report.json", first["reportUrl"]!.GetValue<string>());
        Assert.Equal("department", first["agency"]!["kind"]!.GetValue<string>());
        Assert.Equal("2024-01-31", first["deadline"]!.GetValue<string>());
        Assert.Equal(ApprovedAt, first["approvedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(ApprovedAt, first["publishedAt"]!.GetValue<DateTimeOffset>());
        Assert.True(first["onTime"]!.GetValue<bool>());
        Assert.False(reports.Single(r => r!["agency"]!["id"]!.GetValue<string>() == late.Id)!["onTime"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Feed_is_atom_with_the_newest_publication_first()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var older = await scenario.RegisterAgencyAsync();
        var newer = await scenario.RegisterAgencyAsync();
        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(newer, ApprovedAt.AddDays(2)), newer);
        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(older, ApprovedAt), older);

        using var reader = XmlReader.Create(new StringReader(await scenario.ReadAsync(PublicSitePaths.Feed)));
        var feed = SyndicationFeed.Load(reader);
        var links = feed.Items.Select(i => i.Links.First(l => l.MediaType == "text/html").Uri.ToString()).ToList();
        Assert.Equal([$"{scenario.PublicBase}/2023/{newer.Id}/index.html", $"{scenario.PublicBase}/2023/{older.Id}/index.html"], links);
        Assert.Equal(ApprovedAt.AddDays(2), feed.LastUpdatedTime);
    }

    [Fact]
    public async Task A_correction_replaces_the_page_and_records_the_correction_date()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();
        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt), agency);
        var correctedAt = new DateTimeOffset(2024, 2, 3, 2, 0, 0, TimeSpan.Zero);

        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, correctedAt, revision: 2, overview: "更正后的总体情况。"), agency);

        var page = await scenario.ReadAsync(PublicSitePaths.ReportPage(2023, agency.Id));
        Assert.Contains("更正后的总体情况。", page);
        Assert.Contains("<strong>更正</strong>：本报告已于<time datetime=\"2024-02-03\">2024年2月3日</time>更正", page);
        Assert.Contains("发布日期</dt><dd><time datetime=\"2024-01-20\">", page);
        var entry = JsonNode.Parse(await scenario.ReadAsync(PublicSitePaths.YearIndexJson(2023)))!["reports"]![0]!;
        Assert.Equal(correctedAt, entry["correctedAt"]![0]!.GetValue<DateTimeOffset>());
        Assert.True(entry["onTime"]!.GetValue<bool>());
        Assert.Single(scenario.Mail.To(agency.Submitters[0]), m => m.Subject.StartsWith("已发布更正", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_older_approval_arriving_after_a_correction_changes_nothing()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();
        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt.AddDays(3), revision: 2, overview: "第二稿。"), agency);
        var before = await scenario.SnapshotAsync();

        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt), agency);

        Assert.Equal(before, await scenario.SnapshotAsync());
        Assert.Contains("第二稿。", await scenario.ReadAsync(PublicSitePaths.ReportPage(2023, agency.Id)));
    }

    [Fact]
    public async Task Page_links_to_the_agencys_earlier_years()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();
        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt.AddYears(-1), year: 2022), agency, 2022);

        await scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(agency, ApprovedAt), agency);

        Assert.Contains($"<a href=\"../../2022/{agency.Id}/index.html\">2022年</a>", await scenario.ReadAsync(PublicSitePaths.ReportPage(2023, agency.Id)));
        Assert.Contains("往年报告</dt><dd>无", await scenario.ReadAsync(PublicSitePaths.ReportPage(2022, agency.Id)));
    }

    [Fact]
    public async Task A_blob_of_another_agency_is_refused()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();
        var other = await scenario.RegisterAgencyAsync();

        await Assert.ThrowsAsync<InvalidDataException>(() => scenario.RunTriggerAsync(PublicationScenario.ApprovedDocument(other, ApprovedAt), agency));
        Assert.Empty(await scenario.SnapshotAsync());
    }

    [Fact]
    public async Task The_fifth_failed_try_sends_one_alert()
    {
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();

        for (var attempt = 1; attempt <= 6; attempt++)
        {
            await Assert.ThrowsAsync<InvalidDataException>(() => scenario.RunTriggerAsync("{\"not\": \"approved\"}", agency));
            Assert.Equal(attempt >= 5 ? 1 : 0, scenario.Mail.To("ops@example.test").Count);
        }
        var alert = Assert.Single(scenario.Mail.To("ops@example.test"));
        Assert.Contains($"approved/2023/{agency.Id}.json", alert.Subject);
        Assert.Contains("webjobs-blobtrigger-poison", alert.Text);
    }

    [Fact]
    public void The_trigger_uses_the_event_grid_source_on_the_approved_path()
    {
        var parameter = typeof(PublishApprovedReport).GetMethod(nameof(PublishApprovedReport.Run))!.GetParameters()[0];
        var trigger = (Microsoft.Azure.Functions.Worker.BlobTriggerAttribute)Attribute.GetCustomAttribute(parameter, typeof(Microsoft.Azure.Functions.Worker.BlobTriggerAttribute))!;
        Assert.Equal("approved/{year}/{agencyId}.json", trigger.BlobPath);
        Assert.Equal(Microsoft.Azure.Functions.Worker.BlobTriggerSource.EventGrid, trigger.Source);
        Assert.Equal("AzureWebJobsStorage", trigger.Connection);
    }
}
