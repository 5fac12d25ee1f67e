using Azure.Storage.Blobs;
using Workflow.LoadTest;

// dotnet run -c Release --project tests/Workflow.LoadTest -- --agencies 300 --base http://localhost:7071
var options = LoadTestOptions.Parse(args);
using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
{
    BaseAddress = options.Base,
    Timeout = TimeSpan.FromMinutes(2),
};
var reports = new BlobServiceClient(options.Storage).GetBlobContainerClient("reports");
using var timeout = new CancellationTokenSource(options.Timeout + TimeSpan.FromMinutes(5));
var passed = await new LoadRun(options, new HostApi(http, options.AdminKey), reports, Console.Out).RunAsync(timeout.Token);
return passed ? 0 : 1;
