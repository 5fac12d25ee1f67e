using System.Diagnostics;
using Workflow.Functions.Faults;

namespace Workflow.LocalHost.Faults;

/// <summary>
/// Fault injection: the first time the configured point is passed, this process is killed (SIGKILL: no
/// shutdown code, no flushing, like a power cut). The marker file makes it happen once, so a host restarted
/// with the same settings runs through.
/// </summary>
public sealed class CrashPoint(string point, string markerFile) : IFaultPoint
{
    public void Reached(string name)
    {
        if (name != point || !ClaimMarker())
        {
            return;
        }

        // Written directly: the logging pipeline is asynchronous and dies with the process.
        Console.Error.WriteLine($"Fault injection: the local host dies at {point}.");
        Process.GetCurrentProcess().Kill();
    }

    bool ClaimMarker()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(markerFile)!);
        try
        {
            using var created = new FileStream(markerFile, FileMode.CreateNew, FileAccess.Write);
            return true;
        }
        catch (IOException) when (File.Exists(markerFile))
        {
            return false;
        }
    }
}
