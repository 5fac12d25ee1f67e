using System.Diagnostics;

namespace Workflow.Infra.Tests;

/// <summary>What `azd deploy` uploads is the publish output of the function app; the Functions host needs these files in it.</summary>
public sealed class PublishPackageTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"workflow-publish-{Guid.NewGuid():N}");

    [Fact]
    public async Task Publish_output_contains_the_deployable_package()
    {
        var (exitCode, log) = await PublishAsync();

        Assert.True(exitCode == 0, $"dotnet publish failed:\n{log}");
        Assert.True(File.Exists(Path.Combine(_output, "functions.metadata")), "functions.metadata missing");
        Assert.True(File.Exists(Path.Combine(_output, "worker.config.json")), "worker.config.json missing");
        Assert.True(File.Exists(Path.Combine(_output, "host.json")), "host.json missing");
        Assert.True(Directory.Exists(Path.Combine(_output, ".azurefunctions")), "extensions folder .azurefunctions missing");
    }

    private async Task<(int ExitCode, string Log)> PublishAsync()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Build servers would outlive the command and keep its output pipes open.
        foreach (var argument in new[]
                 {
                     "publish", Repository.PathOf("src", "Workflow.Functions"), "-c", "Release", "-o", _output,
                     "--nologo", "--disable-build-servers",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
