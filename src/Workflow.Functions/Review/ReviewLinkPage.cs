using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Workflow.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Workflow.Functions.Review;

/// <summary>
/// GET/HEAD /api/review/{token} shows the review page and changes nothing; POST /api/review/{token} records
/// the decision. Answers are HTML with no-store caching and no referrer (the token is in the URL).
/// </summary>
public sealed class ReviewLinkPage(ReviewDesk desk)
{
    [Function("ShowReviewPage")]
    public async Task<IActionResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "review/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken) =>
        Html(await desk.ShowAsync(token, cancellationToken));

    [Function("DecideReview")]
    public async Task<IActionResult> Decide(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "review/{token}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string token,
        CancellationToken cancellationToken)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        var fields = new ReviewForm(form?["decision"].ToString(), form?["comment"].ToString(), form?["form"].ToString());
        return Html(await desk.DecideAsync(token, fields, client, cancellationToken));
    }

    private static readonly IReadOnlyDictionary<string, string> PageHeaders = new Dictionary<string, string>
    {
        ["Cache-Control"] = "no-store",
        ["Referrer-Policy"] = "no-referrer",
        ["X-Content-Type-Options"] = "nosniff",
        ["X-Robots-Tag"] = "noindex",
        ["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    };

    private static ApiResponse Html(ReviewPageResult page) => new(page.Status, "text/html; charset=utf-8", page.Html, PageHeaders);
}
