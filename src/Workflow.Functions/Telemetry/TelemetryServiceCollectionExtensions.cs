using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Telemetry;

/// <summary>
/// OpenTelemetry in the worker: the Functions worker's invocation spans, the Durable Task SDK's orchestration and
/// activity spans, the app's own <see cref="WorkflowTelemetry.Source"/>, and the storage request counter. Exported to
/// Application Insights only when <see cref="ConnectionStringSetting"/> is set (it is in Azure; locally nothing leaves the machine).
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static IServiceCollection AddWorkflowTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        // ASP.NET Core logs each request's URL at Information; a review URL holds its signed token.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning));
        var telemetry = services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing.AddSource(WorkflowTelemetry.SourceName, WorkflowTelemetry.DurableTaskSourceName))
            .WithMetrics(metrics => metrics.AddMeter(StorageRequestCounter.MeterName));
        if (!string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]))
        {
            telemetry.UseAzureMonitorExporter();
        }
        return services;
    }
}
