using System.Text;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Functions.Agencies;
using Workflow.Functions.Http;
using Workflow.Functions.Review;
using Workflow.Functions.Storage;
using Workflow.Functions.Submissions;
using Workflow.Reports.Model;

namespace Workflow.Functions.Tests.Support;

/// <summary>
/// The review orchestration and its real activities on the in-process Durable Task test host, with storage on
/// Azurite and mail recorded. Registered by the same names as the [Function] attributes.
/// </summary>
public sealed class ReviewTestHost : IAsyncLifetime
{
    public RecordingEmailSender Mail { get; } = new();

    public ServiceProvider Services { get; private set; } = null!;

    public DurableTaskTestHost Durable { get; private set; } = null!;

    public DurableTaskClient Client => Durable.Client;

    public async Task InitializeAsync()
    {
        Services = await WorkflowServices.CreateInitializedAsync(Mail);
        var activities = ActivatorUtilities.CreateInstance<ReviewActivities>(Services);
        Durable = await DurableTaskTestHost.StartAsync(registry =>
        {
            registry.AddOrchestratorFunc<ReviewInput, ReviewOutcome>(ReviewOrchestration.Name, (context, _) => new ReviewOrchestration().Run(context));
            registry.AddOrchestratorFunc<ReviewInput, ReviewOutcome>(ReviewOrchestrationV1.Name, (context, _) => new ReviewOrchestrationV1().Run(context));
            registry.AddActivityFunc<StageNotice, StageAssignment>(ReviewActivityNames.SendStageNotice, (_, input) => activities.SendStageNotice(input));
            registry.AddActivityFunc<StageNotice, bool>(ReviewActivityNames.NotifyEscalation, (_, input) => activities.NotifyEscalation(input));
            registry.AddActivityFunc<DecisionNotice, bool>(ReviewActivityNames.NotifyChangesRequested, (_, input) => activities.NotifyChangesRequested(input));
            registry.AddActivityFunc<StageNotice, bool>(ReviewActivityNames.RemindSubmitters, (_, input) => activities.RemindSubmitters(input));
            registry.AddActivityFunc<RevisionRef, bool>(ReviewActivityNames.ApproveReport, (_, input) => activities.ApproveReport(input));
            registry.AddActivityFunc<RevisionRef, bool>(ReviewActivityNames.CloseWithdrawn, (_, input) => activities.CloseWithdrawn(input));
            registry.AddActivityFunc<ReviewStep, bool>(ReviewActivityNames.RecordReviewStep, (_, input) => activities.RecordReviewStep(input));
            registry.AddActivityFunc<ReviewerChange, StageAssignment>(ReviewActivityNames.TellAddedReviewers, (_, input) => activities.TellAddedReviewers(input));
        }, new DurableTaskTestHostOptions());
    }

    public async Task DisposeAsync()
    {
        await Durable.DisposeAsync();
        await Services.DisposeAsync();
    }

    /// <summary>Registers a fresh agency whose stage i has reviewer "r{i}@{id}.test" (or the given stages).</summary>
    public async Task<TestAgency> RegisterAgencyAsync(int stages = 1, IReadOnlyList<IReadOnlyList<string>>? reviewStages = null)
    {
        var id = TestSettings.NewAgencyId();
        var profile = new AgencyProfile(
            id,
            "怀仁市行政审批服务管理局",
            AgencyKind.Department,
            [$"submitter@{id}.test"],
            reviewStages ?? [.. Enumerable.Range(1, stages).Select(i => (IReadOnlyList<string>)[$"r{i}@{id}.test"])],
            [$"boss@{id}.test"]);
        var key = AgencyKeys.Create(id);
        await Services.GetRequiredService<AgencyStore>().SaveAsync(profile, AgencyKeys.Hash(key));
        return new TestAgency(profile, key);
    }

    public Task<ApiResponse> SubmitSeedAsync(TestAgency agency, int year = 2023) =>
        SubmitAsync(agency, Encoding.UTF8.GetBytes(Seed.Text), "text/plain", year);

    /// <summary>A second revision: the seed with part 五 reworded, as canonical JSON.</summary>
    public Task<ApiResponse> SubmitRevisedSeedAsync(TestAgency agency, string rewording, int year = 2023)
    {
        var intake = Services.GetRequiredService<ReportIntake>();
        var report = intake.Read(Encoding.UTF8.GetBytes(Seed.Text), "text/plain", new Reports.Reading.ReadOptions(agency.Profile.Id, agency.Profile.Name, agency.Profile.Kind, year)).Report;
        var revised = report with { Sections = report.Sections with { Problems = report.Sections.Problems + rewording } };
        return SubmitAsync(agency, Encoding.UTF8.GetBytes(Reports.Rendering.ReportJson.Serialize(revised)), "application/json", year);
    }

    public Task<ApiResponse> SubmitAsync(TestAgency agency, byte[] body, string mediaType, int year = 2023) =>
        Services.GetRequiredService<SubmissionDesk>().SubmitAsync(agency.Profile, year, body, mediaType, correction: false, Client, CancellationToken.None);

    public ReviewDesk Desk => Services.GetRequiredService<ReviewDesk>();

    /// <summary>Posts a decision the way the review page does (with the page's form token).</summary>
    public Task<ReviewPageResult> DecideAsync(string token, string decision, string comment = "")
    {
        var signer = Services.GetRequiredService<ReviewLinkSigner>();
        return Desk.DecideAsync(token, new ReviewForm(decision, comment, signer.FormToken(token)), Client, CancellationToken.None);
    }

    /// <summary>Waits for the review email of revision n to a reviewer and returns its token.</summary>
    public async Task<string> ReviewTokenAsync(string reviewer, int revision)
    {
        var mail = await Mail.WaitForAsync(reviewer, m => m.Subject.Contains($"第{revision}稿", StringComparison.Ordinal) && m.Subject.StartsWith("【待审核】", StringComparison.Ordinal));
        return RecordingEmailSender.TokenOf(mail);
    }

    public async Task<OrchestrationMetadata> WaitForAsync(string instanceId, Func<OrchestrationMetadata, bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            if (await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true) is { } instance && condition(instance))
            {
                return instance;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{instanceId} did not reach the expected state.");
    }

    public Task<OrchestrationMetadata> WaitForCompletionAsync(string instanceId) =>
        WaitForAsync(instanceId, i => i.RuntimeStatus is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated);

    public Task<OrchestrationMetadata> WaitForProgressAsync(string instanceId, Func<ReviewProgress, bool> condition) =>
        WaitForAsync(instanceId, i => i.SerializedCustomStatus is not null && i.ReadCustomStatusAs<ReviewProgress>() is { } progress && condition(progress));
}
