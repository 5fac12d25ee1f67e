using System.Net;
using System.Text.Json.Nodes;

namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>The steps most tests start with: register an agency, submit a report, and get the reviewer's link.</summary>
public static class ReviewFlow
{
    public static string SeedText => File.ReadAllText(Repository.SeedReport);

    /// <summary>Submits the text for 2023 (expects 202) and returns the review link mailed to the agency's reviewer.</summary>
    public static async Task<string> SubmitAndGetLinkAsync(WorkflowApi api, FakeSendGrid sendGrid, TestAgency agency, string? text = null)
    {
        using var response = await api.SubmitAsync(agency.Id, agency.ApiKey, text ?? SeedText);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Submit: {(int)response.StatusCode} {body}");
        var mail = await sendGrid.WaitForAsync(agency.Reviewer, ReviewLinks.Contains);
        return ReviewLinks.In(mail);
    }

    /// <summary>The approved document, once the orchestration has written it.</summary>
    public static async Task<JsonObject> WaitForApprovedAsync(StoredBlobs blobs, string agencyId) =>
        JsonNode.Parse(await blobs.WaitForTextAsync("approved", $"2023/{agencyId}.json"))!.AsObject();
}
