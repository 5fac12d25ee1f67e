using System.Diagnostics;
using System.Text;

namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The local host as a child process (`dotnet Workflow.LocalHost.dll` from its build output), so a test can
/// kill it the hard way and start it again on the same storage.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    const string ReadyLine = "Workflow local host is running";
    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    readonly Process process;
    readonly StringBuilder output;

    LocalHostProcess(Process process, StringBuilder output)
    {
        this.process = process;
        this.output = output;
    }

    /// <summary>Everything the host wrote so far (stdout and stderr), for assertions and failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public int ExitCode => process.ExitCode;

    public static async Task<LocalHostProcess> StartAsync(HostSettings settings)
    {
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            ArgumentList = { Repository.LocalHostAssembly },
            WorkingDirectory = settings.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in settings.Environment())
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (line.Contains(ReadyLine, StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }

        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("The local host exited during start-up."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new LocalHostProcess(process, output);
        try
        {
            await ready.Task.WaitAsync(StartTimeout);
        }
        catch (Exception e)
        {
            await host.KillAsync();
            throw new InvalidOperationException($"The local host did not start ({e.Message}). Its output:{Environment.NewLine}{host.Output}", e);
        }

        return host;
    }

    /// <summary>Waits for the process to end by itself (a fault injection kills it from inside).</summary>
    public async Task WaitForExitAsync(TimeSpan within)
    {
        using var bound = new CancellationTokenSource(within);
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The local host still runs after {within}. Its output:{Environment.NewLine}{Output}");
        }
    }

    /// <summary>Ends the process at once, as a crash or a power cut would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    /// <summary>
    /// Sends SIGTERM, which the host handles like Ctrl-C (SIGINT may be ignored in a process started from a
    /// non-interactive shell), and waits for the process to end.
    /// </summary>
    public async Task TerminateAsync(TimeSpan within)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var bound = new CancellationTokenSource(within);
        await process.WaitForExitAsync(bound.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    static string DotnetExecutable() =>
        System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
}
