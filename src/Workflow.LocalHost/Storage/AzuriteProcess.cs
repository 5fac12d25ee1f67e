using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Workflow.LocalHost.Storage;

/// <summary>
/// Azurite on its default ports: reused when something already listens, otherwise installed from npm (pinned,
/// under .local/, like tools/azurite.sh) and started as a child process that is stopped with the host.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    const string Setsid = "/usr/bin/setsid";

    readonly Process? child;
    readonly ILogger logger;

    AzuriteProcess(Process? child, ILogger logger)
    {
        this.child = child;
        this.logger = logger;
    }

    /// <summary>True when this host started Azurite (and will stop it).</summary>
    public bool StartedHere => child is not null;

    public static async Task<AzuriteProcess> EnsureRunningAsync(
        LocalLayout layout, AzuriteOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        if (await IsListeningAsync(options.BlobPort, cancellationToken))
        {
            return new AzuriteProcess(null, logger);
        }

        var prefix = Path.Combine(layout.LocalDirectory, $"azurite-{AzuriteOptions.Version}");
        var executable = Path.Combine(prefix, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            logger.LogInformation("Installing Azurite {Version} from npm into {Prefix}", AzuriteOptions.Version, prefix);
            await RunToEndAsync("npm", ["install", "--silent", "--no-audit", "--no-fund", "--prefix", prefix, $"azurite@{AzuriteOptions.Version}"], cancellationToken);
        }

        // The default ports share their data folder with tools/azurite.sh; other ports get their own.
        var data = Path.Combine(layout.LocalDirectory,
            options.BlobPort == AzuriteOptions.DefaultBlobPort ? "azurite-data" : $"azurite-data-{options.BlobPort}");
        Directory.CreateDirectory(data);
        // In its own session when setsid exists: Ctrl-C in the terminal then reaches only this host, which
        // stops Azurite last, after the durable engine has released its leases.
        var inOwnSession = File.Exists(Setsid);
        var start = new ProcessStartInfo(inOwnSession ? Setsid : executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (inOwnSession)
        {
            start.ArgumentList.Add(executable);
        }

        foreach (var argument in new[]
                 {
                     "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--location", data,
                     "--blobPort", Port(options.BlobPort), "--queuePort", Port(options.BlobPort + 1), "--tablePort", Port(options.BlobPort + 2),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var child = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        child.OutputDataReceived += (_, e) => { if (e.Data is not null) logger.LogDebug("azurite: {Line}", e.Data); };
        child.ErrorDataReceived += (_, e) => { if (e.Data is not null) logger.LogWarning("azurite: {Line}", e.Data); };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();

        var azurite = new AzuriteProcess(child, logger);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.StartTimeout);
        try
        {
            while (!await IsListeningAsync(options.BlobPort, timeout.Token))
            {
                if (child.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {child.ExitCode} before listening on {options.BlobPort}.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
            }
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }

        logger.LogInformation("Started Azurite {Version} (pid {Pid}), data in {Data}", AzuriteOptions.Version, child.Id, data);
        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        if (child is null)
        {
            return;
        }

        if (!child.HasExited)
        {
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
            logger.LogInformation("Stopped Azurite (pid {Pid})", child.Id);
        }

        child.Dispose();
    }

    static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    static async Task RunToEndAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {await errors}");
        }
    }
}
