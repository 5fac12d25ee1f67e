using System.Net;
using System.Text.Json.Nodes;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Diagnostics;

/// <summary>The local host's own routes for the load test: storage request counts and the engine's floor.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class LocalDiagnosticsTests(LocalHostFixture host)
{
    [Fact]
    public async Task Metrics_count_the_table_requests_of_an_agency_registration()
    {
        var before = await MetricsAsync();

        await host.Api.RegisterAgencyAsync("metrics");

        var after = await MetricsAsync();
        Assert.True(Count(after, "functions.table") > Count(before, "functions.table"), $"before {before}, after {after}");
    }

    [Fact]
    public async Task Metrics_count_the_durable_backend_requests()
    {
        var metrics = await MetricsAsync();

        // The engine polls its control and work-item queues from the start.
        Assert.True(Count(metrics, "durable.queue") > 0, metrics.ToJsonString());
    }

    [Fact]
    public async Task Metrics_need_the_admin_key()
    {
        using var response = await host.Api.Http.GetAsync("localhost/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Empty_orchestrations_complete_and_report_their_durable_requests()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "localhost/empty-orchestrations?count=3");
        request.Headers.Add("X-Admin-Key", host.Settings.AdminKey);

        using var response = await host.Api.Http.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var floor = JsonNode.Parse(body)!;
        Assert.Equal(3, (int)floor["count"]!);
        var durable = floor["storageRequests"]!.AsObject().Where(r => r.Key.StartsWith("durable.", StringComparison.Ordinal)).Sum(r => (long)r.Value!);
        Assert.True(durable >= 3, body);
    }

    async Task<JsonObject> MetricsAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "localhost/metrics");
        request.Headers.Add("X-Admin-Key", host.Settings.AdminKey);
        using var response = await host.Api.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["storageRequests"]!.AsObject();
    }

    static long Count(JsonObject metrics, string source) => metrics[source] is { } value ? (long)value : 0;
}
