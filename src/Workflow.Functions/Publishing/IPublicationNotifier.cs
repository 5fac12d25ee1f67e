namespace Workflow.Functions.Publishing;

/// <summary>Tells the bureau, the subscribers and the approving reviewers that a report is public, once per publication.</summary>
public interface IPublicationNotifier
{
    Task NotifyAsync(ApprovedReport approved, PublicationEntry entry, string pageUrl, CancellationToken cancellationToken = default);
}
