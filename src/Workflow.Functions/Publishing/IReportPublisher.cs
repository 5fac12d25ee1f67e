namespace Workflow.Functions.Publishing;

/// <summary>Publishes an approved report to the public site and tells the people concerned, idempotently.</summary>
public interface IReportPublisher
{
    /// <param name="approvedJson">Content of approved/{year}/{agencyId}.json.</param>
    /// <exception cref="System.IO.InvalidDataException">The blob is not an approved report for that agency and year.</exception>
    Task<PublicationResult> PublishAsync(int year, string agencyId, string approvedJson, CancellationToken cancellationToken = default);
}
