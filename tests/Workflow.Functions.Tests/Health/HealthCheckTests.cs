using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Functions.Health;
using Workflow.Functions.Http;
using Workflow.Functions.Tests.Support;

namespace Workflow.Functions.Tests.Health;

[Collection(ReviewCollection.Name)]
public sealed class HealthCheckTests(ReviewTestHost host)
{
    [Fact]
    public async Task Reachable_storage_and_durable_backend_are_healthy()
    {
        var function = ActivatorUtilities.CreateInstance<HealthCheck>(host.Services);
        var response = (ApiResponse)await function.Run(TestRequests.Create("GET"), host.Client, CancellationToken.None);
        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task Unreachable_storage_is_named_in_a_503()
    {
        // Azurite's documented, public development key, with endpoints where nothing listens.
        const string developmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
        const string nowhere = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={developmentKey};BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        var blobs = new BlobServiceClient(nowhere, new BlobClientOptions { Retry = { MaxRetries = 0 } });
        var tables = new TableServiceClient(nowhere, new TableClientOptions { Retry = { MaxRetries = 0 } });
        var function = new HealthCheck(blobs, tables, NullLogger<HealthCheck>.Instance);

        var response = (ApiResponse)await function.Run(TestRequests.Create("GET"), host.Client, CancellationToken.None);

        Assert.Equal(503, response.StatusCode);
        using var json = JsonDocument.Parse(response.Content!);
        Assert.Equal("unreachable", json.RootElement.GetProperty("storage").GetString());
        Assert.Equal("ok", json.RootElement.GetProperty("durable").GetString());
    }
}
