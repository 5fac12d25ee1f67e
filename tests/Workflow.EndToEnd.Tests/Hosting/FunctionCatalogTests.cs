using Workflow.EndToEnd.Tests.Samples;
using Workflow.LocalHost.Functions;

namespace Workflow.EndToEnd.Tests.Hosting;

public sealed class FunctionCatalogTests
{
    static readonly FunctionCatalog Catalog = FunctionCatalog.FromAssembly(typeof(SampleFunctions).Assembly);

    [Fact]
    public void Http_functions_are_found_with_their_route_and_methods()
    {
        var echo = Assert.Single(Catalog.Http, h => h.Function.Name == "SampleEcho");

        Assert.Equal("samples/{name}/years/{year}", echo.Route);
        Assert.Equal(["POST"], echo.Methods);
    }

    [Fact]
    public void Orchestrators_and_activities_are_found_by_function_name()
    {
        Assert.Equal([SampleFunctions.Orchestration], Catalog.Orchestrators.Select(o => o.Function.Name));
        var activity = Assert.Single(Catalog.Activities);
        Assert.Equal(SampleFunctions.Activity, activity.Function.Name);
        Assert.Equal(typeof(SampleInput), activity.InputType);
        Assert.Equal(typeof(string), activity.OutputType);
    }

    [Fact]
    public void Functions_with_other_triggers_are_listed_as_not_hosted()
    {
        var nightly = Assert.Single(Catalog.Unhosted);

        Assert.Equal("SampleNightly", nightly.Function.Name);
        Assert.Equal("TimerTrigger", nightly.Trigger);
    }

    [Fact]
    public async Task Awaited_value_of_a_generic_task_is_the_result()
    {
        var value = await FunctionInvoker.AwaitedAsync(Task.FromResult<object>("done"));

        Assert.Equal("done", value);
    }

    [Fact]
    public async Task Awaited_value_of_an_async_method_without_result_is_null()
    {
        static async Task Work() => await Task.Yield();

        Assert.Null(await FunctionInvoker.AwaitedAsync(Work()));
    }
}
