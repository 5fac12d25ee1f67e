using System.Diagnostics;
using System.Net.Sockets;

namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>The tests use Azurite on 127.0.0.1:10000 (CI starts it); started with tools/azurite.sh when it is not there.</summary>
public static class Azurite
{
    public const string ConnectionString = "UseDevelopmentStorage=true";

    public static async Task EnsureRunningAsync()
    {
        if (IsListening())
        {
            return;
        }

        using var script = Process.Start("bash", [Path.Combine(Repository.Root, "tools", "azurite.sh")]);
        await script.WaitForExitAsync();
        if (script.ExitCode != 0 || !IsListening())
        {
            throw new InvalidOperationException("Azurite is not listening on 127.0.0.1:10000 and tools/azurite.sh could not start it.");
        }
    }

    static bool IsListening()
    {
        using var client = new TcpClient();
        try
        {
            client.Connect("127.0.0.1", 10000);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
