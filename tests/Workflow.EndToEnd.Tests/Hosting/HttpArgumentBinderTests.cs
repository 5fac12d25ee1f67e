using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Workflow.EndToEnd.Tests.Samples;
using Workflow.LocalHost.Functions;
using Workflow.LocalHost.Http;

namespace Workflow.EndToEnd.Tests.Hosting;

public sealed class HttpArgumentBinderTests
{
    static readonly FunctionMethod Echo = FunctionCatalog.FromAssembly(typeof(SampleFunctions).Assembly)
        .Http.Single(h => h.Function.Name == "SampleEcho").Function;

    [Fact]
    public void Route_values_are_bound_by_parameter_name_and_converted()
    {
        var context = Request(("name", "huairen"), ("year", "2023"));

        var (arguments, unconvertible) = HttpArgumentBinder.For(Echo).Bind(context);

        Assert.Null(unconvertible);
        Assert.Same(context.Request, arguments[0]);
        Assert.Equal("huairen", arguments[1]);
        Assert.Equal(2023, arguments[2]);
        Assert.Equal(context.RequestAborted, arguments[3]);
    }

    [Fact]
    public void A_route_value_that_does_not_convert_is_named()
    {
        var (_, unconvertible) = HttpArgumentBinder.For(Echo).Bind(Request(("name", "huairen"), ("year", "二〇二三")));

        Assert.Equal("year", unconvertible);
    }

    [Fact]
    public void A_FunctionContext_parameter_is_refused_when_the_routes_are_mapped()
    {
        var method = typeof(UnbindableFunctions).GetMethod(nameof(UnbindableFunctions.WithFunctionContext))!;

        var error = Assert.Throws<InvalidOperationException>(() => HttpArgumentBinder.For(new FunctionMethod("Unbindable", method)));

        Assert.Contains("FunctionContext", error.Message, StringComparison.Ordinal);
    }

    static DefaultHttpContext Request(params (string Name, string Value)[] routeValues)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        foreach (var (name, value) in routeValues)
        {
            context.Request.RouteValues[name] = value;
        }

        return context;
    }
}
