using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.EndToEnd.Tests.Infrastructure;
using Workflow.LocalHost.Storage;

namespace Workflow.EndToEnd.Tests.Hosting;

/// <summary>
/// The fresh-machine path: nothing listens, so the host starts Azurite itself (from the pinned installation
/// under the clone's .local/, installing it first when missing) and stops it again. Runs on ports of its own.
/// </summary>
public sealed class AzuriteProcessTests
{
    [Fact]
    public async Task Azurite_is_started_when_none_listens_and_stopped_with_the_host()
    {
        var options = new AzuriteOptions { BlobPort = FreeTriple() };
        var layout = new LocalLayout(Repository.Root);

        var azurite = await AzuriteProcess.EnsureRunningAsync(layout, options, NullLogger.Instance, CancellationToken.None);
        var listening = IsListening(options.BlobPort);
        await azurite.DisposeAsync();
        Directory.Delete(Path.Combine(layout.LocalDirectory, $"azurite-data-{options.BlobPort}"), recursive: true);

        Assert.True(azurite.StartedHere);
        Assert.True(listening);
        Assert.False(IsListening(options.BlobPort));
    }

    [Fact]
    public async Task A_running_Azurite_is_reused_and_left_running()
    {
        await Azurite.EnsureRunningAsync();

        var azurite = await AzuriteProcess.EnsureRunningAsync(
            new LocalLayout(Repository.Root), new AzuriteOptions(), NullLogger.Instance, CancellationToken.None);
        await azurite.DisposeAsync();

        Assert.False(azurite.StartedHere);
        Assert.True(IsListening(AzuriteOptions.DefaultBlobPort));
    }

    /// <summary>A port whose two successors are free too (Azurite's queue and table ports).</summary>
    static int FreeTriple()
    {
        while (true)
        {
            var port = FreePort.Next();
            if (port < 65000 && !IsListening(port + 1) && !IsListening(port + 2))
            {
                return port;
            }
        }
    }

    static bool IsListening(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
