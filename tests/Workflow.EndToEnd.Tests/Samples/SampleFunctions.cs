using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Workflow.EndToEnd.Tests.Samples;

/// <summary>Functions written to the conventions of Workflow.Functions, to test the host's machinery on its own.</summary>
public sealed class SampleFunctions(Greeting greeting)
{
    public const string Orchestration = "SampleOrchestration";
    public const string Activity = "SampleGreet";

    [Function("SampleEcho")]
    public async Task<IActionResult> Echo(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "samples/{name}/years/{year}")] HttpRequest request,
        string name,
        int year,
        CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        return new ObjectResult(new { name, year, body, greeting = greeting.For(name) }) { StatusCode = 201 };
    }

    [Function("SampleStart")]
    public async Task<IActionResult> Start(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "samples/start/{name}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string name)
    {
        var id = await client.ScheduleNewOrchestrationInstanceAsync(Orchestration, new SampleInput(name, 2));
        return new AcceptedResult($"/api/samples/{id}", new { id });
    }

    [Function(Orchestration)]
    public async Task<SampleOutput> Orchestrate([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var input = context.GetInput<SampleInput>() ?? throw new InvalidOperationException("No input.");
        var lines = new List<string>();
        for (var i = 0; i < input.Times; i++)
        {
            lines.Add(await context.CallActivityAsync<string>(Activity, new SampleInput(input.Name, i)));
        }

        return new SampleOutput(lines);
    }

    [Function(Activity)]
    public string Greet([ActivityTrigger] SampleInput input) => $"{greeting.For(input.Name)} #{input.Times}";

    [Function("SampleNightly")]
    public void Nightly([TimerTrigger("0 0 1 * * *")] TimerInfo timer)
    {
    }
}

public sealed record SampleInput(string Name, int Times);

public sealed record SampleOutput(IReadOnlyList<string> Lines);

public sealed class Greeting
{
    public string For(string name) => $"你好，{name}";
}
