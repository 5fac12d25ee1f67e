namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>Paths in the clone the tests were built in.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The host's own build output (same configuration and framework as this test assembly).</summary>
    public static string LocalHostAssembly
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var path = Path.Combine(Root, "src", "Workflow.LocalHost", "bin", output.Parent!.Name, output.Name, "Workflow.LocalHost.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Workflow.LocalHost first.", path);
        }
    }

    public static string SeedReport => Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds", "huairen-xzspj-2023.txt");

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Workflow.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Workflow.sln above {AppContext.BaseDirectory}.");
    }
}
