namespace Workflow.Cli.Tests;

/// <summary>A file under the temp folder that is removed when the test ends.</summary>
internal sealed class TemporaryFile : IDisposable
{
    public string Path { get; }

    public TemporaryFile(string extension) =>
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"workflow-cli-{Guid.NewGuid():N}{extension}");

    public void Dispose()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}
