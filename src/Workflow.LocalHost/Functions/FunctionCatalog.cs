using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Workflow.LocalHost.Functions;

/// <summary>
/// The functions of an assembly, found the way the Functions host finds them: public methods with [Function],
/// sorted by the trigger of their parameters. Other triggers (blob, timer) are listed as unhosted until a
/// runner for them is added here.
/// </summary>
public sealed record FunctionCatalog(
    IReadOnlyList<HttpFunction> Http,
    IReadOnlyList<OrchestratorFunction> Orchestrators,
    IReadOnlyList<ActivityFunction> Activities,
    IReadOnlyList<UnhostedFunction> Unhosted)
{
    public static FunctionCatalog FromAssembly(Assembly assembly)
    {
        var http = new List<HttpFunction>();
        var orchestrators = new List<OrchestratorFunction>();
        var activities = new List<ActivityFunction>();
        var unhosted = new List<UnhostedFunction>();

        foreach (var function in FindFunctions(assembly))
        {
            var parameters = function.Method.GetParameters();
            if (parameters.FirstOrDefault(p => p.IsDefined(typeof(HttpTriggerAttribute))) is { } httpParameter)
            {
                http.Add(HttpFunctionOf(function, httpParameter));
            }
            else if (parameters.Any(p => p.IsDefined(typeof(OrchestrationTriggerAttribute))))
            {
                orchestrators.Add(new OrchestratorFunction(function));
            }
            else if (parameters.FirstOrDefault(p => p.IsDefined(typeof(ActivityTriggerAttribute))) is { } activityParameter)
            {
                activities.Add(new ActivityFunction(function, activityParameter.ParameterType, ReturnedType(function.Method)));
            }
            else
            {
                var trigger = parameters
                    .SelectMany(p => p.GetCustomAttributes<TriggerBindingAttribute>())
                    .Select(a => a.GetType().Name.Replace("Attribute", "", StringComparison.Ordinal))
                    .FirstOrDefault() ?? "none";
                unhosted.Add(new UnhostedFunction(function, trigger));
            }
        }

        var duplicate = http.Select(h => h.Function).Concat(orchestrators.Select(o => o.Function))
            .Concat(activities.Select(a => a.Function)).Concat(unhosted.Select(u => u.Function))
            .GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two functions are named {duplicate.Key}: {string.Join(", ", duplicate)}.");
        }

        return new FunctionCatalog(http, orchestrators, activities, unhosted);
    }

    /// <summary>The value a method's result carries once awaited: T for Task&lt;T&gt;, object for Task and void.</summary>
    public static Type ReturnedType(MethodInfo method)
    {
        var type = method.ReturnType;
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            return type.GetGenericArguments()[0];
        }

        return type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask) ? typeof(object) : type;
    }

    static IEnumerable<FunctionMethod> FindFunctions(Assembly assembly) =>
        from type in assembly.GetExportedTypes()
        where type.IsClass && !type.ContainsGenericParameters
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        let attribute = method.GetCustomAttribute<FunctionAttribute>()
        where attribute is not null
        orderby attribute.Name
        select new FunctionMethod(attribute.Name, method);

    static HttpFunction HttpFunctionOf(FunctionMethod function, ParameterInfo trigger)
    {
        var attribute = trigger.GetCustomAttribute<HttpTriggerAttribute>()!;
        var route = string.IsNullOrWhiteSpace(attribute.Route) ? function.Name : attribute.Route.Trim('/');
        var methods = (attribute.Methods ?? []).Select(m => m.ToUpperInvariant()).ToArray();
        return new HttpFunction(function, route, methods);
    }
}
