using System.Threading.Channels;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Workflow.LocalHost.Triggers;

/// <summary>
/// The local stand-in for Event Grid's BlobCreated events: a pipeline policy on the function app's blob client
/// that reports every blob the app itself writes (Put Blob, Put Block List), so a blob-triggered function runs
/// as soon as its blob exists instead of when a container scan finds it. The scan (WebJobs listener) stays as
/// the catch-up for blobs written by others or before a restart; it is also lossy under concurrent writes
/// (a blob committed after a later-stamped one is skipped), which this path does not depend on.
/// </summary>
public sealed class BlobWriteEvents : HttpPipelinePolicy
{
    readonly Channel<string> written = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>"container/name" of each blob written, in the order written.</summary>
    public ChannelReader<string> Written => written.Reader;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        Report(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        Report(message);
    }

    void Report(HttpMessage message)
    {
        if (message.Request.Method == RequestMethod.Put && message.HasResponse && message.Response.Status == 201
            && BlobPath(message.Request.Uri.ToUri()) is { } path)
        {
            written.Writer.TryWrite(path);
        }
    }

    /// <summary>"container/name" of a Put Blob or Put Block List request, else null.</summary>
    static string? BlobPath(Uri uri)
    {
        var query = uri.Query;
        if (query.Contains("comp=", StringComparison.Ordinal) && !query.Contains("comp=blocklist", StringComparison.Ordinal))
        {
            return null;
        }

        // Azurite and other emulators put the account first in the path; Azure puts it in the host name.
        var segments = Uri.UnescapeDataString(uri.AbsolutePath).Trim('/').Split('/', 2);
        var isPathStyle = uri.IsLoopback || !uri.Host.Contains(".blob.", StringComparison.OrdinalIgnoreCase);
        var path = isPathStyle ? (segments.Length == 2 ? segments[1] : null) : string.Join('/', segments);
        return path is not null && path.Contains('/', StringComparison.Ordinal) ? path : null;
    }
}
