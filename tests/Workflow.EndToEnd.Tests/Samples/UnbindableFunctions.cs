using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Workflow.EndToEnd.Tests.Samples;

/// <summary>An HTTP function with a parameter this host cannot bind (kept out of the sample assembly scan by being tested alone).</summary>
public static class UnbindableFunctions
{
    public static IActionResult WithFunctionContext(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "x")] HttpRequest request, FunctionContext context) => new OkResult();
}
