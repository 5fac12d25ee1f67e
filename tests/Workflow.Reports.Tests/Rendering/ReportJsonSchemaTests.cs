using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;

namespace Workflow.Reports.Tests.Rendering;

public class ReportJsonSchemaTests
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(ReportJson.Schema(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Fact]
    public void Serialized_2021_report_matches_the_schema()
    {
        var results = Evaluate(ReportJson.Serialize(SampleReports.Consistent2021()));

        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void Serialized_2019_report_with_blank_cells_and_no_date_matches_the_schema()
    {
        var report = SampleReports.Consistent2019().WithRequestCell("G1", 6, null).WithAppeal(4, null) with { PublishedOn = null };

        var results = Evaluate(ReportJson.Serialize(report));

        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [InlineData("seeds/huairen-xzspj-2023.txt")]
    [InlineData("01_shanghai_municipal_gov_office_2019.txt")]
    [InlineData("02_huaian_city_gov_2024.txt")]
    public void Reports_read_from_text_match_the_schema(string fixture)
    {
        var results = Evaluate(ReportJson.Serialize(ReadFixture(fixture)));

        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [InlineData("seeds/huairen-xzspj-2023.txt")]
    [InlineData("02_huaian_city_gov_2024.txt")]
    public void Reports_read_from_text_round_trip_through_json(string fixture)
    {
        var json = ReportJson.Serialize(ReadFixture(fixture));

        Assert.Equal(json, ReportJson.Serialize(ReportJson.Deserialize(json)));
    }

    private static Model.AnnualReport ReadFixture(string fixture) =>
        new TextReportReader().Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)), new ReadOptions(AgencyId: "fixture-agency")).Report;

    [Fact]
    public void Report_json_round_trips()
    {
        var json = ReportJson.Serialize(SampleReports.Consistent2019().WithRequestCell("R2", 3, null));

        Assert.Equal(json, ReportJson.Serialize(ReportJson.Deserialize(json)));
    }

    [Fact]
    public void Report_json_uses_the_field_names_of_the_design()
    {
        var json = JsonNode.Parse(ReportJson.Serialize(SampleReports.Consistent2021()))!;

        Assert.Equal("huairen-xzspj", (string?)json["agency"]!["id"]);
        Assert.Equal("department", (string?)json["agency"]!["kind"]);
        Assert.Equal("2024-01-15", (string?)json["publishedOn"]);
        Assert.Equal("2021", (string?)json["edition"]);
        Assert.Equal(4, (long?)json["sections"]!["requests"]!["rows"]!["R1"]![6]);
        Assert.Equal(15, json["sections"]!["appeals"]!["values"]!.AsArray().Count);
        Assert.Equal(15098m, (decimal?)json["sections"]!["proactive"]!["cells"]![6]!["value"]);
    }

    [Fact]
    public void Row_with_six_values_is_rejected()
    {
        var json = JsonNode.Parse(ReportJson.Serialize(SampleReports.Consistent2021()))!;
        json["sections"]!["requests"]!["rows"]!["R1"] = new JsonArray(1, 2, 3, 4, 5, 6);

        Assert.False(Evaluate(json.ToJsonString()).IsValid);
    }

    [Theory]
    [InlineData("Huairen_XZSPJ")]
    [InlineData("x")]
    [InlineData("")]
    public void Bad_agency_id_is_rejected(string id)
    {
        var json = JsonNode.Parse(ReportJson.Serialize(SampleReports.Consistent2021()))!;
        json["agency"]!["id"] = id;

        Assert.False(Evaluate(json.ToJsonString()).IsValid);
    }

    [Fact]
    public void Unknown_row_key_is_rejected()
    {
        var json = JsonNode.Parse(ReportJson.Serialize(SampleReports.Consistent2021()))!;
        json["sections"]!["requests"]!["rows"]!["S8"] = new JsonArray(0, 0, 0, 0, 0, 0, 0);

        Assert.False(Evaluate(json.ToJsonString()).IsValid);
    }

    [Fact]
    public void Fourteen_appeal_values_are_rejected()
    {
        var json = JsonNode.Parse(ReportJson.Serialize(SampleReports.Consistent2021()))!;
        json["sections"]!["appeals"]!["values"]!.AsArray().RemoveAt(0);

        Assert.False(Evaluate(json.ToJsonString()).IsValid);
    }

    [Fact]
    public void Fractional_request_count_is_rejected()
    {
        var json = JsonNode.Parse(ReportJson.Serialize(SampleReports.Consistent2021()))!;
        json["sections"]!["requests"]!["rows"]!["R1"]![0] = 1.5;

        Assert.False(Evaluate(json.ToJsonString()).IsValid);
    }

    [Fact]
    public void Unknown_edition_is_rejected()
    {
        var json = JsonNode.Parse(ReportJson.Serialize(SampleReports.Consistent2021()))!;
        json["edition"] = "2024";

        Assert.False(Evaluate(json.ToJsonString()).IsValid);
    }
}
