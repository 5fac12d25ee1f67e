using System.Text.RegularExpressions;

namespace Workflow.Infra.Tests;

/// <summary>
/// The object keys written in infra/**/*.bicep with their value text, e.g. <c>SendGrid__From: sendGridFrom</c>.
/// App settings are plain object properties in Bicep, so their keys are found without compiling the template.
/// </summary>
public sealed partial class DeployedSettings
{
    private readonly Dictionary<string, string> _values;

    private DeployedSettings(Dictionary<string, string> values) => _values = values;

    public IReadOnlyCollection<string> Names => _values.Keys;

    public bool Contains(string name) => _values.ContainsKey(name);

    public string ValueOf(string name) => _values[name];

    public static DeployedSettings FromInfra()
    {
        // Configuration keys are case-insensitive, in Azure app settings as locally.
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var infra = Repository.PathOf("infra");
        foreach (var file in Directory.EnumerateFiles(infra, "*.bicep", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file))
            {
                var match = KeyLine().Match(line);
                if (match.Success)
                {
                    values[match.Groups["key"].Value] = match.Groups["value"].Value.Trim();
                }
            }
        }

        return new DeployedSettings(values);
    }

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?<value>.*)$")]
    private static partial Regex KeyLine();
}
