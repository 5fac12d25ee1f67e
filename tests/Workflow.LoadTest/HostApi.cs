using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Workflow.LoadTest;

/// <summary>The running local host, called as a bureau, an admin, a reviewer's browser and the load test would.</summary>
public sealed partial class HostApi(HttpClient http, string adminKey)
{
    public async Task<LoadAgency> RegisterAsync(string id, CancellationToken cancellationToken)
    {
        var reviewer = $"shenhe@{id}.example";
        var submitter = $"bgs@{id}.example";
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/admin/agencies/{id}")
        {
            Content = JsonContent.Create(new
            {
                name = "怀仁市行政审批服务管理局",
                kind = "department",
                submitters = new[] { submitter },
                reviewStages = new[] { new[] { reviewer } },
                escalation = new[] { $"zhuren@{id}.example" },
            }),
        };
        request.Headers.Add("X-Admin-Key", adminKey);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await Success(response, $"registering {id}", cancellationToken);
        return new LoadAgency(id, JsonNode.Parse(body)!["apiKey"]!.GetValue<string>(), reviewer, submitter);
    }

    public async Task SubmitAsync(LoadAgency agency, int year, string text, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/agencies/{agency.Id}/reports/{year}/drafts")
        {
            Content = new StringContent(text, Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("X-Agency-Key", agency.ApiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        await Success(response, $"submitting {agency.Id}", cancellationToken, HttpStatusCode.Accepted);
    }

    /// <summary>Opens the review page and posts its form with the decision "approve", as its button does.</summary>
    public async Task ApproveAsync(string link, CancellationToken cancellationToken)
    {
        using var page = await http.GetAsync(link, cancellationToken);
        var html = await Success(page, $"opening {link}", cancellationToken);
        var fields = HiddenInput().Matches(html)
            .GroupBy(m => WebUtility.HtmlDecode(m.Groups["name"].Value))
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups["value"].Value));
        fields["decision"] = "approve";
        fields["comment"] = "";
        using var decided = await http.PostAsync(link, new FormUrlEncodedContent(fields), cancellationToken);
        await Success(decided, $"approving {link}", cancellationToken);
    }

    /// <summary>Storage requests of the host so far, per source.</summary>
    public async Task<IReadOnlyDictionary<string, long>> StorageRequestsAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "localhost/metrics");
        request.Headers.Add("X-Admin-Key", adminKey);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await Success(response, "reading the host's metrics", cancellationToken);
        return JsonSerializer.Deserialize<Dictionary<string, long>>(JsonNode.Parse(body)!["storageRequests"]!.ToJsonString())!;
    }

    public async Task<EngineFloor> EmptyOrchestrationsAsync(int count, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"localhost/empty-orchestrations?count={count}");
        request.Headers.Add("X-Admin-Key", adminKey);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await Success(response, "running the empty orchestrations", cancellationToken);
        return JsonSerializer.Deserialize<EngineFloor>(body, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    static async Task<string> Success(HttpResponseMessage response, string what, CancellationToken cancellationToken, HttpStatusCode? expected = null)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return (expected is null ? response.IsSuccessStatusCode : response.StatusCode == expected)
            ? body
            : throw new LoadTestFailure($"{what}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]*)" value="(?<value>[^"]*)"\s*/?>""")]
    private static partial Regex HiddenInput();
}
