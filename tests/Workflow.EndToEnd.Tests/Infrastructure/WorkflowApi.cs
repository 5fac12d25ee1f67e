using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>The HTTP API of a running local host, called the way a bureau, an admin or a reviewer's browser would.</summary>
public sealed class WorkflowApi(HttpClient http, string adminKey)
{
    public HttpClient Http => http;

    /// <summary>Registers an agency with one single-reviewer stage; the ids are unique per call.</summary>
    public Task<TestAgency> RegisterAgencyAsync(string purpose) => RegisterAgencyAsync(purpose, "怀仁市行政审批服务管理局");

    /// <summary>
    /// Registers an agency with one single-reviewer stage under a unique id; <paramref name="parent"/> puts it in a
    /// government's region, <paramref name="reportCovers"/> "region" makes a government's report cover its region.
    /// </summary>
    public async Task<TestAgency> RegisterAgencyAsync(string purpose, string name, string kind = "department", string? parent = null, string? reportCovers = null)
    {
        var id = $"e2e-{purpose}-{Guid.NewGuid().ToString("N")[..12]}";
        var submitter = $"bgs@{id}.example";
        var reviewer = $"shenhe@{id}.example";
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/admin/agencies/{id}")
        {
            Content = JsonContent.Create(new
            {
                name,
                kind,
                submitters = new[] { submitter },
                reviewStages = new[] { new[] { reviewer } },
                escalation = new[] { $"zhuren@{id}.example" },
                parent,
                reportCovers,
                admins = new[] { $"gongkaiban@{id}.example" },
            }),
        };
        request.Headers.Add("X-Admin-Key", adminKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Registering {id}: {(int)response.StatusCode} {body}");
        var key = JsonNode.Parse(body)!["apiKey"]!.GetValue<string>();
        return new TestAgency(id, key, submitter, reviewer);
    }

    /// <summary>Registers an agency whose stages are given as the registration takes them (lists or objects with a rule); returns its key.</summary>
    public async Task<string> RegisterAsync(string id, string submitter, object[] reviewStages)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/admin/agencies/{id}")
        {
            Content = JsonContent.Create(new { name = "怀仁市行政审批服务管理局", kind = "department", submitters = new[] { submitter }, reviewStages }),
        };
        request.Headers.Add("X-Admin-Key", adminKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Registering {id}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["apiKey"]!.GetValue<string>();
    }

    public Task<HttpResponseMessage> SubmitAsync(string agencyId, string agencyKey, string text, string year = "2023") =>
        SubmitAsync(new Uri($"api/agencies/{agencyId}/reports/{year}/drafts", UriKind.Relative), agencyKey, new StringContent(text, Encoding.UTF8, "text/plain"));

    public async Task<HttpResponseMessage> SubmitAsync(Uri uri, string agencyKey, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        request.Headers.Add("X-Agency-Key", agencyKey);
        return await http.SendAsync(request);
    }

    public async Task<JsonObject> StatusAsync(TestAgency agency, string year = "2023")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/agencies/{agency.Id}/reports/{year}");
        request.Headers.Add("X-Agency-Key", agency.ApiKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Status of {agency.Id}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public async Task<ReviewPage> OpenReviewAsync(string link)
    {
        using var response = await http.GetAsync(link);
        return new ReviewPage(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the review form as the page's buttons do: its hidden fields plus the decision and comment.</summary>
    public async Task<(HttpStatusCode Status, string Body)> DecideAsync(string link, ReviewPage page, string decision, string comment = "")
    {
        var fields = new Dictionary<string, string>(page.HiddenFields) { ["decision"] = decision, ["comment"] = comment };
        using var response = await http.PostAsync(link, new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
