using System.Security.Cryptography;
using Workflow.LocalHost.Storage;

namespace Workflow.LocalHost.Configuration;

/// <summary>
/// Keys the function app needs that nobody configured locally: generated once and kept under .local/, so the
/// admin key stays the same between runs and review links mailed before a restart still verify after it.
/// </summary>
public static class LocalSecrets
{
    public static string GetOrCreate(LocalLayout layout, string name)
    {
        var file = Path.Combine(layout.LocalDirectory, name);
        if (File.Exists(file) && File.ReadAllText(file).Trim() is { Length: > 0 } existing)
        {
            return existing;
        }

        Directory.CreateDirectory(layout.LocalDirectory);
        var created = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        File.WriteAllText(file, created);
        return created;
    }
}
