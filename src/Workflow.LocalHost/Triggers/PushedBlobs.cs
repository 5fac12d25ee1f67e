using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Workflow.LocalHost.Triggers;

/// <summary>
/// The blobs whose function already ran from a write event in this process, by path and content, so that the
/// container scan finding the same blob later does not run it a second time. Empty after a restart: then the
/// scan is the path that (re)delivers.
/// </summary>
public sealed class PushedBlobs
{
    readonly ConcurrentDictionary<string, string> handled = new(StringComparer.Ordinal);

    public void Add(string blobPath, byte[] content) => handled[blobPath] = Hash(content);

    public bool Contains(string blobPath, byte[] content) =>
        handled.TryGetValue(blobPath, out var hash) && hash == Hash(content);

    static string Hash(byte[] content) => Convert.ToHexString(SHA256.HashData(content));
}
