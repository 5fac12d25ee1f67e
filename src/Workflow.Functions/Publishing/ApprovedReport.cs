using Workflow.Reports.Model;

namespace Workflow.Functions.Publishing;

/// <summary>
/// What publication needs from <c>approved/{year}/{agencyId}.json</c>: the canonical report and who approved
/// which revision when. <see cref="ApprovedAt"/> is the final approval; it doubles as the publication instant
/// so that pages never depend on the clock of the run that wrote them.
/// </summary>
public sealed record ApprovedReport(AnnualReport Report, int Revision, DateTimeOffset ApprovedAt, IReadOnlyList<string> Approvers);
