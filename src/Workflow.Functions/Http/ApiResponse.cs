using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Workflow.Functions.Http;

/// <summary>
/// A finished answer (status, content type, headers, body) that writes itself to the response. Unlike a plain
/// <see cref="ContentResult"/> it needs no MVC services, so the same result runs under the Functions host and
/// under the local host.
/// </summary>
public sealed class ApiResponse : ContentResult
{
    public ApiResponse(int statusCode, string contentType, string content, IReadOnlyDictionary<string, string>? headers = null)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Content = content;
        Headers = headers ?? new Dictionary<string, string>();
    }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public override async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCode ?? 200;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        // 204 and 304 have no body (and so no Content-Type): writing one, even empty, is refused by the server.
        if (response.StatusCode is StatusCodes.Status204NoContent or StatusCodes.Status304NotModified)
        {
            return;
        }

        response.ContentType = ContentType;
        if (!HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            await response.WriteAsync(Content ?? "", context.HttpContext.RequestAborted);
        }
    }
}
