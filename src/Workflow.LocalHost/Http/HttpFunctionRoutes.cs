using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Workflow.LocalHost.Functions;

namespace Workflow.LocalHost.Http;

/// <summary>
/// Serves every HTTP function on "api/{Route}" with its methods, as the Functions host does, by calling the
/// function method itself and executing the IActionResult (or IResult) it returns.
/// </summary>
public static class HttpFunctionRoutes
{
    public const string RoutePrefix = "api";

    public static void MapHttpFunctions(this IEndpointRouteBuilder endpoints, IEnumerable<HttpFunction> functions)
    {
        foreach (var function in functions)
        {
            var binder = HttpArgumentBinder.For(function.Function);
            var pattern = $"/{RoutePrefix}/{function.Route}";
            RequestDelegate handler = context => InvokeAsync(function, binder, context);
            var endpoint = function.Methods.Count == 0
                ? endpoints.Map(pattern, handler)
                : endpoints.MapMethods(pattern, function.Methods, handler);
            endpoint.WithDisplayName(function.Function.Name);
        }
    }

    static async Task InvokeAsync(HttpFunction function, HttpArgumentBinder binder, HttpContext context)
    {
        var (arguments, unconvertible) = binder.Bind(context);
        if (unconvertible is not null)
        {
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"路径参数 {unconvertible} 的格式不正确")
                .ExecuteAsync(context);
            return;
        }

        object? result;
        try
        {
            result = await FunctionInvoker.InvokeAsync(function.Function, context.RequestServices, arguments);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (BadRequestIn(e) is { } bad && !context.Response.HasStarted)
        {
            // The server gave up on the request body (a stalled upload: 408; a malformed one: 400): the client's
            // fault, answered as every refusal is, in Chinese problem+json, and not logged as a failure.
            var stalled = bad.StatusCode == StatusCodes.Status408RequestTimeout;
            await Results.Problem(
                statusCode: bad.StatusCode,
                title: stalled ? "上传超时" : "请求无效",
                detail: stalled ? "上传的数据长时间没有到达，服务器已停止接收，未保存任何内容。请检查网络后重新提交。" : "请求的格式不正确，未保存任何内容。")
                .ExecuteAsync(context);
            return;
        }
        catch (Exception e)
        {
            // Like the Functions host: log the failure, answer 500 without details.
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpFunctionRoutes))
                .LogError(e, "Function {Function} failed", function.Function.Name);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }

            return;
        }

        await WriteAsync(result, context);
    }

    static BadHttpRequestException? BadRequestIn(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException bad)
            {
                return bad;
            }
        }

        return null;
    }

    static async Task WriteAsync(object? result, HttpContext context)
    {
        switch (result)
        {
            case IActionResult actionResult:
                await actionResult.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
                break;
            case IResult httpResult:
                await httpResult.ExecuteAsync(context);
                break;
            case null:
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                await context.Response.WriteAsJsonAsync(result, result.GetType());
                break;
        }
    }
}
