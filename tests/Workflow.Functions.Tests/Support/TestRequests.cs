using Microsoft.AspNetCore.Http;

namespace Workflow.Functions.Tests.Support;

/// <summary>ASP.NET Core requests as the Functions host hands them to HTTP functions.</summary>
public static class TestRequests
{
    public static HttpRequest Create(string method, byte[]? body = null, string? contentType = null, IReadOnlyDictionary<string, string>? headers = null, string query = "", bool sendLength = true)
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = method;
        request.Body = new MemoryStream(body ?? []);
        request.ContentLength = sendLength ? body?.Length ?? 0 : null;
        request.ContentType = contentType;
        request.QueryString = new QueryString(query);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers[name] = value;
        }

        return request;
    }

    public static IReadOnlyDictionary<string, string> AgencyKey(string key) => new Dictionary<string, string> { ["X-Agency-Key"] = key };
}
