using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Workflow.Functions;

namespace Workflow.Infra.Tests;

public sealed partial class PublishHookTests
{
    [Fact]
    public void The_function_the_postdeploy_hook_subscribes_exists()
    {
        var hook = File.ReadAllText(Repository.PathOf("infra", "hooks", "postdeploy.sh"));
        var subscribed = FunctionNameAssignment().Match(hook).Groups["name"].Value;

        var functions = typeof(WorkflowOptions).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
            .Select(method => method.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .ToList();

        Assert.Contains(subscribed, functions);
    }

    [GeneratedRegex("""^function_name="(?<name>[^"]+)"$""", RegexOptions.Multiline)]
    private static partial Regex FunctionNameAssignment();
}
