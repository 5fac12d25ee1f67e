using Azure.Storage.Blobs;

namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>Blob reads against the same Azurite the host uses.</summary>
public sealed class StoredBlobs(BlobServiceClient blobs)
{
    public async Task<string> ReadTextAsync(string container, string name) =>
        (await blobs.GetBlobContainerClient(container).GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString();

    public async Task<bool> ExistsAsync(string container, string name) =>
        await blobs.GetBlobContainerClient(container).GetBlobClient(name).ExistsAsync();

    public async Task<string> WaitForTextAsync(string container, string name)
    {
        await Polling.UntilAsync(() => ExistsAsync(container, name), exists => exists);
        return await ReadTextAsync(container, name);
    }
}
