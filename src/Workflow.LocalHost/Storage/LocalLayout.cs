namespace Workflow.LocalHost.Storage;

/// <summary>Where the local host keeps things: the repository's git-ignored .local/ folder and its seeds/.</summary>
public sealed record LocalLayout(string RepositoryRoot)
{
    const string SolutionFile = "Workflow.sln";

    public string LocalDirectory => Path.Combine(RepositoryRoot, ".local");

    public string SeedsDirectory => Path.Combine(RepositoryRoot, "seeds");

    /// <summary>The configured root, else the clone the program was built in, else the current directory's clone.</summary>
    public static LocalLayout Find(string? configuredRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuredRoot))
        {
            return new LocalLayout(Path.GetFullPath(configuredRoot));
        }

        var root = ContainingClone(AppContext.BaseDirectory) ?? ContainingClone(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException(
                $"No {SolutionFile} above {AppContext.BaseDirectory} or the current directory; set Workflow:LocalHost:RepositoryRoot.");
        return new LocalLayout(root);
    }

    /// <summary>A path from configuration, relative ones taken from the repository root (not from wherever dotnet was started).</summary>
    public string Resolve(string path) => Path.GetFullPath(path, RepositoryRoot);

    static string? ContainingClone(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
