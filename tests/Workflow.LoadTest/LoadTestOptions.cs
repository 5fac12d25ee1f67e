using System.Globalization;

namespace Workflow.LoadTest;

/// <summary>
/// Command line: --agencies N (300), --base URL of the local host (http://localhost:7071), --admin-key
/// (else WORKFLOW_ADMIN_KEY, else the host's .local/admin-key.txt), --outbox folder (.local/outbox),
/// --storage connection string of the host's storage (UseDevelopmentStorage=true), --year (2023),
/// --timeout seconds for the whole run (600), --floor false to skip the empty orchestrations.
/// </summary>
public sealed record LoadTestOptions(int Agencies, Uri Base, string AdminKey, string Outbox, string Storage, int Year, TimeSpan Timeout, bool Floor)
{
    public static LoadTestOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected --name value pairs, got '{args[i]}'.");
            }
            values[args[i][2..]] = args[++i];
        }

        var root = RepositoryRoot();
        string Value(string name, string fallback) => values.TryGetValue(name, out var v) ? v : fallback;
        var adminKey = values.TryGetValue("admin-key", out var key) ? key
            : Environment.GetEnvironmentVariable("WORKFLOW_ADMIN_KEY") is { Length: > 0 } fromEnvironment ? fromEnvironment
            : File.Exists(Path.Combine(root, ".local", "admin-key.txt")) ? File.ReadAllText(Path.Combine(root, ".local", "admin-key.txt")).Trim()
            : throw new ArgumentException("No admin key: pass --admin-key, set WORKFLOW_ADMIN_KEY, or run the host of this clone once (.local/admin-key.txt).");
        return new LoadTestOptions(
            int.Parse(Value("agencies", "300"), CultureInfo.InvariantCulture),
            new Uri(Value("base", "http://localhost:7071").TrimEnd('/') + "/"),
            adminKey,
            Path.GetFullPath(Value("outbox", Path.Combine(root, ".local", "outbox"))),
            Value("storage", "UseDevelopmentStorage=true"),
            int.Parse(Value("year", "2023"), CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(int.Parse(Value("timeout", "600"), CultureInfo.InvariantCulture)),
            bool.Parse(Value("floor", "true")));
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflow.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
