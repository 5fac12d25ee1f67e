using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Tests.StorageRequests;

public sealed class StorageRequestCounterTests
{
    [Fact]
    public async Task Each_request_counts_under_its_source()
    {
        using var counter = new StorageRequestCounter();
        using var totals = new StorageRequestTotals(counter);
        var blobs = Client(counter, "functions.blob", new AnsweringTransport(200));

        await blobs.GetBlobContainerClient("drafts").ExistsAsync();
        await blobs.GetBlobContainerClient("approved").ExistsAsync();

        Assert.Equal(2, totals.Snapshot()["functions.blob"]);
    }

    [Fact]
    public async Task Every_retry_of_a_request_counts()
    {
        using var counter = new StorageRequestCounter();
        using var totals = new StorageRequestTotals(counter);
        var blobs = Client(counter, "durable.blob", new AnsweringTransport(503), maxRetries: 2);

        await Assert.ThrowsAsync<RequestFailedException>(() => blobs.GetBlobContainerClient("drafts").ExistsAsync());

        Assert.Equal(3, totals.Snapshot()["durable.blob"]);
    }

    [Fact]
    public async Task Sources_are_counted_apart()
    {
        using var counter = new StorageRequestCounter();
        using var totals = new StorageRequestTotals(counter);
        var functions = Client(counter, "functions.blob", new AnsweringTransport(200));
        var durable = Client(counter, "durable.blob", new AnsweringTransport(200));

        await functions.GetBlobContainerClient("drafts").ExistsAsync();
        await durable.GetBlobContainerClient("leases").ExistsAsync();
        await durable.GetBlobContainerClient("leases").ExistsAsync();

        var counts = totals.Snapshot();
        Assert.Equal(1, counts["functions.blob"]);
        Assert.Equal(2, counts["durable.blob"]);
    }

    static BlobServiceClient Client(StorageRequestCounter counter, string source, HttpPipelineTransport transport, int maxRetries = 0)
    {
        var options = counter.AddTo(new BlobClientOptions { Transport = transport }, source);
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(1);
        return new BlobServiceClient(new Uri("http://127.0.0.1:1/devstoreaccount1"), options);
    }

    /// <summary>Answers every request with the same status and no body, without a network.</summary>
    private sealed class AnsweringTransport(int status) : HttpPipelineTransport
    {
        public override Request CreateRequest() => new HttpClientTransport().CreateRequest();

        public override void Process(HttpMessage message) => message.Response = new StatusResponse(status, message.Request.ClientRequestId);

        public override ValueTask ProcessAsync(HttpMessage message)
        {
            Process(message);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class StatusResponse(int status, string clientRequestId) : Response
    {
        public override int Status => status;

        public override string ReasonPhrase => "";

        public override Stream? ContentStream { get; set; }

        public override string ClientRequestId { get; set; } = clientRequestId;

        public override void Dispose()
        {
        }

        protected override bool ContainsHeader(string name) => false;

        protected override IEnumerable<HttpHeader> EnumerateHeaders() => [];

        protected override bool TryGetHeader(string name, out string value)
        {
            value = "";
            return false;
        }

        protected override bool TryGetHeaderValues(string name, out IEnumerable<string> values)
        {
            values = [];
            return false;
        }
    }
}
