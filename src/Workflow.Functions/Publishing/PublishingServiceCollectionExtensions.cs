using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflow.Functions.Notifications;
using Workflow.Functions.Regions;
using Workflow.Functions.Season;
using Workflow.Reports.Rendering;

namespace Workflow.Functions.Publishing;

/// <summary>
/// Services of publication, its notifications and the reporting season. Called by AddWorkflow; expects the
/// storage clients, options, <see cref="IEmailSender"/> and the agency/submission stores registered there.
/// </summary>
public static class PublishingServiceCollectionExtensions
{
    public static IServiceCollection AddPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublishingOptions>().Bind(configuration.GetSection(PublishingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublishingOptions>, PublishingOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HtmlReportRenderer>();
        services.TryAddSingleton<ReportPageRenderer>();
        services.TryAddSingleton<PublishingTables>();
        services.TryAddSingleton<PublicSite>();
        services.TryAddSingleton<PublicationEntries>();
        services.TryAddSingleton<SharedDocumentAlerts>();
        services.TryAddSingleton<SharedIndexes>();
        services.TryAddSingleton<SendReceipts>();
        services.TryAddSingleton<SubscriptionStore>();
        services.TryAddSingleton<PublicationFailures>();
        services.TryAddSingleton<IPublicationNotifier, PublicationNotifier>();
        services.TryAddSingleton<IReportPublisher, ReportPublisher>();
        services.TryAddSingleton<SeasonAgencies>();
        services.TryAddSingleton<SeasonBoard>();
        services.TryAddSingleton<DeadlineReminders>();
        services.TryAddSingleton<RegionMembers>();
        services.TryAddSingleton<RegionCheck>();
        services.TryAddSingleton<RegionBoard>();
        services.TryAddSingleton<RegionReminders>();
        services.TryAddSingleton<AdminPageLinks>();
        services.TryAddSingleton<RegionDigests>();
        return services;
    }
}
