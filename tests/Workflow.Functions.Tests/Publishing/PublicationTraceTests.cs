using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Storage;
using Workflow.Functions.Telemetry;

namespace Workflow.Functions.Tests.Publishing;

/// <summary>The publication a blob sets off continues the trace of the approval that wrote the blob (Azurite).</summary>
public sealed class PublicationTraceTests
{
    private static readonly ActivitySource Approvals = new("Workflow.Tests.Approvals");
    private static readonly DateTimeOffset ApprovedAt = new(2024, 1, 20, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_publication_span_is_a_child_of_the_span_that_wrote_the_approved_blob()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = Listen(spans);
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();
        var json = PublicationScenario.ApprovedDocument(agency, ApprovedAt);

        ActivityContext approval;
        using (var approving = Approvals.StartActivity("approve"))
        {
            approval = approving!.Context;
            Assert.True(await scenario.Services.GetRequiredService<DraftStore>().TryWriteApprovedAsync(new ReportKey(agency.Id, 2023), json, null));
        }
        await scenario.RunTriggerAsync(json, agency);

        var publication = Assert.Single(spans, s => s.OperationName == ApprovalTrace.PublicationSpan && Equals(s.GetTagItem("workflow.agency.id"), agency.Id));
        Assert.Equal((approval.TraceId, approval.SpanId), (publication.TraceId, publication.ParentSpanId));
        Assert.Equal(ActivityKind.Consumer, publication.Kind);
    }

    [Fact]
    public async Task A_blob_written_outside_any_trace_is_published_in_a_trace_of_its_own()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = Listen(spans);
        await using var scenario = await PublicationScenario.StartAsync();
        var agency = await scenario.RegisterAgencyAsync();
        var json = PublicationScenario.ApprovedDocument(agency, ApprovedAt);
        Assert.Null(Activity.Current);
        Assert.True(await scenario.Services.GetRequiredService<DraftStore>().TryWriteApprovedAsync(new ReportKey(agency.Id, 2023), json, null));

        await scenario.RunTriggerAsync(json, agency);

        var publication = Assert.Single(spans, s => s.OperationName == ApprovalTrace.PublicationSpan && Equals(s.GetTagItem("workflow.agency.id"), agency.Id));
        Assert.Equal(default, publication.ParentSpanId);
        Assert.Null(await scenario.Services.GetRequiredService<DraftStore>().ReadApprovalTraceAsync(new ReportKey(agency.Id, 2023)));
    }

    private static ActivityListener Listen(ConcurrentBag<Activity> spans)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is WorkflowTelemetry.SourceName || source == Approvals,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
