using Workflow.Functions.Agencies;
using Workflow.Functions.Storage;

namespace Workflow.Functions.Tests.Support;

public sealed record TestAgency(AgencyProfile Profile, string Key)
{
    public string Id => Profile.Id;

    public ReportKey Report(int year = 2023) => new(Id, year);

    public string Reviewer(int stage) => Profile.ReviewStages[stage - 1][0];

    public string Submitter => Profile.Submitters[0];

    public string Escalation => Profile.Escalation[0];
}
