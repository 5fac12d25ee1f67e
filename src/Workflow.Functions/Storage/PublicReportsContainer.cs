using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Workflow.Functions.Storage;

/// <summary>
/// The container the public reads reports from. In Azure it is the only container of a separate storage
/// account that allows anonymous blob read (setting PublicStorage__blobServiceUri, reached with the managed
/// identity), so that the app's private account never needs public access. Locally, without a PublicStorage
/// setting, it sits in the same Azurite account as everything else.
/// </summary>
public sealed class PublicReportsContainer(BlobContainerClient client)
{
    /// <summary>The connection (section) name: a connection string, or PublicStorage__blobServiceUri.</summary>
    public const string ConnectionName = "PublicStorage";

    public BlobContainerClient Client => client;

    /// <summary>Creates the container with anonymous read of blobs (not of listings).</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default) =>
        client.CreateIfNotExistsAsync(PublicAccessType.Blob, cancellationToken: cancellationToken);
}
