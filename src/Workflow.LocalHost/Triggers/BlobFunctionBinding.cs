using System.Reflection;
using System.Text.RegularExpressions;
using Workflow.LocalHost.Functions;
using WorkerBlobTrigger = Microsoft.Azure.Functions.Worker.BlobTriggerAttribute;

namespace Workflow.LocalHost.Triggers;

/// <summary>
/// How a blob-triggered function is called: its path pattern ("approved/{year}/{agencyId}.json") and its
/// arguments for one blob (the content as string, BinaryData or byte[]; the pattern's values by parameter
/// name; the cancellation token).
/// </summary>
public sealed class BlobFunctionBinding
{
    readonly Regex pattern;

    BlobFunctionBinding(FunctionMethod function, string path)
    {
        Function = function;
        Path = path;
        var regex = Regex.Replace(Regex.Escape(path), @"\\\{(?<name>\w+)}", m => $"(?<{m.Groups["name"].Value}>[^/]+)");
        pattern = new Regex($"^{regex}$", RegexOptions.CultureInvariant);
    }

    public FunctionMethod Function { get; }

    /// <summary>Container and blob name pattern, as in the [BlobTrigger] attribute.</summary>
    public string Path { get; }

    public static BlobFunctionBinding? For(FunctionMethod function) =>
        function.Method.GetParameters().Select(p => p.GetCustomAttribute<WorkerBlobTrigger>()).OfType<WorkerBlobTrigger>().FirstOrDefault() is { } trigger
            ? new BlobFunctionBinding(function, trigger.BlobPath)
            : null;

    /// <summary>The pattern's values ("year", "agencyId" …) for a blob, or null when it does not match.</summary>
    public IReadOnlyDictionary<string, string>? Values(string blobPath)
    {
        var match = pattern.Match(blobPath);
        return match.Success
            ? match.Groups.Cast<Group>().Where(g => g.Success && !int.TryParse(g.Name, out _)).ToDictionary(g => g.Name, g => g.Value)
            : null;
    }

    /// <param name="blobPath">"container/name" of the blob that fired.</param>
    /// <returns>The arguments, or null when the blob does not match the pattern.</returns>
    public object?[]? Arguments(string blobPath, byte[] content, CancellationToken cancellationToken)
    {
        if (Values(blobPath) is not { } values)
        {
            return null;
        }

        return [.. Function.Method.GetParameters().Select(parameter =>
        {
            if (parameter.IsDefined(typeof(WorkerBlobTrigger)))
            {
                return parameter.ParameterType == typeof(string) ? System.Text.Encoding.UTF8.GetString(content)
                    : parameter.ParameterType == typeof(BinaryData) ? new BinaryData(content)
                    : parameter.ParameterType == typeof(byte[]) ? content
                    : throw new NotSupportedException($"{Function}: the local host binds blob content as string, BinaryData or byte[].");
            }
            if (parameter.ParameterType == typeof(CancellationToken))
            {
                return cancellationToken;
            }
            if (parameter.Name is { } name && values.TryGetValue(name, out var value) && parameter.ParameterType == typeof(string))
            {
                return value;
            }
            return (object?)(parameter.HasDefaultValue ? parameter.DefaultValue : null);
        })];
    }
}
