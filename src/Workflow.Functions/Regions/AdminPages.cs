using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Workflow.Functions.Regions;

/// <summary>How the admin pages answer a browser: HTML on <c>Accept: text/html</c> or <c>?format=html</c>, never cached.</summary>
public static class AdminPages
{
    public static bool WantsHtml(HttpRequest request) =>
        string.Equals(request.Query["format"], "html", StringComparison.OrdinalIgnoreCase)
        || (!string.Equals(request.Query["format"], "json", StringComparison.OrdinalIgnoreCase)
            && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase));

    public static ContentResult Html(string page) => new() { StatusCode = 200, ContentType = "text/html; charset=utf-8", Content = page };
}
