using System.Text.Json;
using Workflow.Functions.Review;

namespace Workflow.Functions.Publishing;

/// <summary>Reads the blob the approval activity writes (<see cref="ApprovedReportDocument"/>).</summary>
public static class ApprovedReportReader
{
    /// <exception cref="InvalidDataException">Not an approved report.</exception>
    public static ApprovedReport Read(string json)
    {
        ApprovedReportDocument document;
        try
        {
            document = ApprovedReportDocument.Deserialize(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("The approved blob is not an approved report: " + e.Message, e);
        }

        var approvers = document.Approval.Decisions
            .Where(d => d.Decision == "approve")
            .Select(d => d.Reviewer)
            .ToList();
        return new ApprovedReport(document.Report, document.Approval.Revision, document.Approval.ApprovedAt, approvers);
    }
}
