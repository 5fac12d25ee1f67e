using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Workflow.LocalHost.Functions;

namespace Workflow.LocalHost.Http;

/// <summary>
/// Produces the arguments of an HTTP function for a request, with the bindings the ASP.NET Core integration of
/// the isolated worker offers: the HttpRequest ([HttpTrigger]), a [DurableClient] DurableTaskClient, route (then
/// query) values by parameter name, converted to the parameter type, and the request's CancellationToken.
/// </summary>
public sealed class HttpArgumentBinder
{
    readonly Func<HttpContext, ArgumentResult>[] binders;

    HttpArgumentBinder(Func<HttpContext, ArgumentResult>[] binders) => this.binders = binders;

    /// <exception cref="InvalidOperationException">A parameter this host cannot bind (checked at start-up, not per request).</exception>
    public static HttpArgumentBinder For(FunctionMethod function) =>
        new(function.Method.GetParameters().Select(p => BinderFor(function, p)).ToArray());

    /// <summary>The arguments, or the name of the first route value that could not be converted.</summary>
    public (object?[] Arguments, string? Unconvertible) Bind(HttpContext context)
    {
        var arguments = new object?[binders.Length];
        for (var i = 0; i < binders.Length; i++)
        {
            var result = binders[i](context);
            if (result.Failed is not null)
            {
                return ([], result.Failed);
            }

            arguments[i] = result.Value;
        }

        return (arguments, null);
    }

    static Func<HttpContext, ArgumentResult> BinderFor(FunctionMethod function, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (parameter.IsDefined(typeof(HttpTriggerAttribute)))
        {
            return type == typeof(HttpRequest)
                ? context => new ArgumentResult(context.Request, null)
                : throw Unbindable(function, parameter, "the [HttpTrigger] parameter must be an ASP.NET Core HttpRequest");
        }

        if (type == typeof(DurableTaskClient))
        {
            return context => new ArgumentResult(context.RequestServices.GetRequiredService<DurableTaskClient>(), null);
        }

        if (type == typeof(CancellationToken))
        {
            return context => new ArgumentResult(context.RequestAborted, null);
        }

        if (type == typeof(FunctionContext) || type.IsSubclassOf(typeof(FunctionContext)))
        {
            throw Unbindable(function, parameter, "FunctionContext exists only under the Functions host");
        }

        var converter = TypeDescriptor.GetConverter(type);
        if (!converter.CanConvertFrom(typeof(string)))
        {
            throw Unbindable(function, parameter, $"no binding supplies a {type.Name}");
        }

        var name = parameter.Name!;
        return context => Convert(context, name, parameter, converter);
    }

    static ArgumentResult Convert(HttpContext context, string name, ParameterInfo parameter, TypeConverter converter)
    {
        var text = RouteOrQueryValue(context, name);
        if (text is null)
        {
            return new ArgumentResult(parameter.HasDefaultValue ? parameter.DefaultValue : null, null);
        }

        try
        {
            return new ArgumentResult(converter.ConvertFromString(null, CultureInfo.InvariantCulture, text), null);
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException || e.InnerException is FormatException)
        {
            return new ArgumentResult(null, name);
        }
    }

    static string? RouteOrQueryValue(HttpContext context, string name)
    {
        foreach (var (key, value) in context.Request.RouteValues)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value?.ToString();
            }
        }

        var query = context.Request.Query;
        return query.TryGetValue(name, out var values) ? values.ToString() : null;
    }

    static InvalidOperationException Unbindable(FunctionMethod function, ParameterInfo parameter, string reason) =>
        new($"Cannot bind parameter '{parameter.Name}' of function {function}: {reason}.");

    readonly record struct ArgumentResult(object? Value, string? Failed);
}
