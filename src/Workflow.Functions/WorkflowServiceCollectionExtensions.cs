using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SendGrid;
using Workflow.Functions.Agencies;
using Workflow.Functions.Faults;
using Workflow.Functions.History;
using Workflow.Functions.Notifications;
using Workflow.Functions.Publishing;
using Workflow.Functions.Review;
using Workflow.Functions.Settings;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;

namespace Workflow.Functions;

/// <summary>
/// Registers every service the function classes need. Called by Program.cs (Functions host) and by the local
/// host, which resolves the function classes with ActivatorUtilities.
/// </summary>
public static class WorkflowServiceCollectionExtensions
{
    public const string StorageConnectionName = "AzureWebJobsStorage";
    public const string SendGridHttpClientName = "sendgrid";

    public static IServiceCollection AddWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection(WorkflowOptions.SectionName)).ValidateOnStart();
        services.AddOptions<SendGridOptions>().Bind(configuration.GetSection(SendGridOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkflowOptions>, WorkflowOptionsValidation>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SendGridOptions>, SendGridOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);

        // One client of each kind, so that a shared pipeline policy (the request counter) is added in one place.
        services.TryAddSingleton<StorageRequestCounter>();
        services.TryAddSingleton(sp => CreateBlobServiceClient(configuration, sp.GetRequiredService<StorageRequestCounter>()));
        services.TryAddSingleton(sp => CreateTableServiceClient(configuration, sp.GetRequiredService<StorageRequestCounter>()));
        services.TryAddSingleton(sp => new PublicReportsContainer(
            CreatePublicBlobServiceClient(configuration, sp.GetRequiredService<StorageRequestCounter>())
                .GetBlobContainerClient(sp.GetRequiredService<IOptions<PublishingOptions>>().Value.PublicContainer)));
        services.TryAddSingleton<StorageInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());

        services.TryAddSingleton<AgencyStore>();
        services.TryAddSingleton<SubmissionStore>();
        services.TryAddSingleton<DecisionStore>();
        services.TryAddSingleton<DraftStore>();
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<AgencyAuthenticator>();
        services.TryAddSingleton<ReadGate>();
        services.TryAddSingleton<ReportIntake>();
        services.TryAddSingleton<PreviousReports>();
        services.TryAddSingleton<SubmissionDesk>();
        services.TryAddSingleton<ReviewLinkSigner>();
        services.TryAddSingleton<ReportApproval>();
        services.TryAddSingleton<StageSettlement>();
        services.TryAddSingleton<ReviewDesk>();
        // The versioning test (the local host's Workflow:LocalHost:StartReviewsWith) registers an earlier version first.
        services.TryAddSingleton(ReviewStart.Current);
        services.TryAddSingleton<ReviewerChanges>();
        services.TryAddSingleton<ReviewEmails>();
        services.TryAddSingleton<ReviewMailDelivery>();
        // Fault injection tests (the local host's Workflow:LocalHost:CrashAt) register a crashing one first.
        services.TryAddSingleton<IFaultPoint, NoFaultPoint>();

        services.AddHttpClient(SendGridHttpClientName, http => http.Timeout = SendReceipts.SendTimeout);
        services.TryAddSingleton<ISendGridClient>(sp =>
        {
            var sendGrid = sp.GetRequiredService<IOptions<SendGridOptions>>().Value;
            return new SendGridClient(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(SendGridHttpClientName),
                new SendGridClientOptions { ApiKey = sendGrid.ApiKey, Host = sendGrid.Host });
        });
        services.TryAddSingleton<SendGridEmailSender>();
        services.TryAddSingleton<OutboxEmailSender>();
        services.TryAddSingleton<IEmailSender>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<SendGridOptions>>().Value.ApiKey)
                ? sp.GetRequiredService<OutboxEmailSender>()
                : sp.GetRequiredService<SendGridEmailSender>());

        services.AddPublishing(configuration);
        return services;
    }

    /// <summary>
    /// From the connection string in AzureWebJobsStorage (locally "UseDevelopmentStorage=true"), or, in Azure,
    /// from AzureWebJobsStorage__accountName (or __blobServiceUri) with the managed identity.
    /// </summary>
    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration, StorageRequestCounter counter) =>
        CreateBlobServiceClient(configuration, counter.AddTo(new BlobClientOptions(), StorageRequestCounter.FunctionsBlob));

    /// <param name="options">With the request counter and any other shared policy (the local host adds its blob events).</param>
    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration, BlobClientOptions options) =>
        configuration[StorageConnectionName] is { Length: > 0 } connectionString
            ? new BlobServiceClient(connectionString, options)
            : new BlobServiceClient(ServiceUri(configuration, "blob"), Credential(configuration), options);

    /// <summary>
    /// The account of the public reports container: PublicStorage (connection string) or
    /// PublicStorage__blobServiceUri with the managed identity; without either, the app's own account.
    /// </summary>
    public static BlobServiceClient CreatePublicBlobServiceClient(IConfiguration configuration, StorageRequestCounter counter)
    {
        var section = configuration.GetSection(PublicReportsContainer.ConnectionName);
        var options = counter.AddTo(new BlobClientOptions(), StorageRequestCounter.FunctionsBlob);
        if (configuration[PublicReportsContainer.ConnectionName] is { Length: > 0 } connectionString)
        {
            return new BlobServiceClient(connectionString, options);
        }

        return section["blobServiceUri"] is { Length: > 0 } uri
            ? new BlobServiceClient(new Uri(uri), Credential(configuration), options)
            : CreateBlobServiceClient(configuration, counter);
    }

    public static TableServiceClient CreateTableServiceClient(IConfiguration configuration, StorageRequestCounter counter)
    {
        var options = counter.AddTo(new TableClientOptions(), StorageRequestCounter.FunctionsTable);
        return configuration[StorageConnectionName] is { Length: > 0 } connectionString
            ? new TableServiceClient(connectionString, options)
            : new TableServiceClient(ServiceUri(configuration, "table"), Credential(configuration), options);
    }

    private static Uri ServiceUri(IConfiguration configuration, string service)
    {
        var section = configuration.GetSection(StorageConnectionName);
        if (section[$"{service}ServiceUri"] is { Length: > 0 } uri)
        {
            return new Uri(uri);
        }

        var account = section["accountName"];
        if (string.IsNullOrEmpty(account))
        {
            throw new InvalidOperationException("Set AzureWebJobsStorage (connection string) or AzureWebJobsStorage__accountName.");
        }

        return new Uri($"https://{account}.{service}.core.windows.net");
    }

    private static TokenCredential Credential(IConfiguration configuration)
    {
        var clientId = configuration.GetSection(StorageConnectionName)["clientId"];
        return string.IsNullOrEmpty(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }
}
