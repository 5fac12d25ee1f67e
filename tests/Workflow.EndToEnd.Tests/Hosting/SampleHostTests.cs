using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Workflow.EndToEnd.Tests.Infrastructure;
using Workflow.EndToEnd.Tests.Samples;

namespace Workflow.EndToEnd.Tests.Hosting;

public sealed class SampleHostTests(SampleHostFixture fixture) : IClassFixture<SampleHostFixture>
{
    [Fact]
    public async Task Http_function_is_served_below_api_with_route_values_and_its_action_result_executed()
    {
        using var response = await fixture.Http.PostAsync("api/samples/huairen/years/2023", new StringContent("正文", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("huairen", body["name"]!.GetValue<string>());
        Assert.Equal(2023, body["year"]!.GetValue<int>());
        Assert.Equal("正文", body["body"]!.GetValue<string>());
        Assert.Equal("你好，huairen", body["greeting"]!.GetValue<string>());
    }

    [Fact]
    public async Task Http_function_answers_only_its_methods()
    {
        using var response = await fixture.Http.GetAsync("api/samples/huairen/years/2023");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Orchestrator_and_activity_functions_run_on_the_durable_engine()
    {
        using var response = await fixture.Http.PostAsync("api/samples/start/张三", content: null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();

        var client = fixture.Host.Services.GetRequiredService<DurableTaskClient>();
        var instance = await Polling.UntilAsync(
            () => client.GetInstanceAsync(id, getInputsAndOutputs: true),
            i => i is { IsCompleted: true });

        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance!.RuntimeStatus);
        Assert.Equal(["你好，张三 #0", "你好，张三 #1"], instance.ReadOutputAs<SampleOutput>()!.Lines);
    }
}
