using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Workflow.Functions.Http;

/// <summary>
/// A finished answer (status, content type, headers, body) that writes itself to the response. It needs no
/// MVC services, so the same result runs under the Functions host and under the local host.
/// </summary>
public sealed class ApiResponse(int statusCode, string contentType, string content, IReadOnlyDictionary<string, string>? headers = null) : IActionResult
{
    public int StatusCode { get; } = statusCode;

    public string ContentType { get; } = contentType;

    public string Content { get; } = content;

    public IReadOnlyDictionary<string, string> Headers { get; } = headers ?? new Dictionary<string, string>();

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        if (!HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            await response.WriteAsync(Content, context.HttpContext.RequestAborted);
        }
    }
}
