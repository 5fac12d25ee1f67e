using Microsoft.Extensions.Options;
using Workflow.Functions.Submissions;
using Workflow.Reports.Reading;

namespace Workflow.Functions.Tests.Submissions;

/// <summary>Heavy reads run under a concurrency limit; beyond it the upload is refused with 503 and Retry-After.</summary>
public sealed class ReadGateTests
{
    private static ReadGate Gate(int slots) =>
        new(Options.Create(new WorkflowOptions { MaxConcurrentReads = slots, ReadQueueTimeout = TimeSpan.Zero }));

    [Fact]
    public async Task A_read_beyond_the_limit_is_refused_with_503_and_retry_after()
    {
        var gate = Gate(slots: 1);
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = Task.Run(() => gate.Run(() =>
        {
            inside.Set();
            release.Wait();
            return 0;
        }));
        inside.Wait();

        var busy = Assert.Throws<UnreadableReportException>(() => gate.Run(() => 1));
        release.Set();
        await holder;

        var answer = ReportIntake.Refusal(busy);
        Assert.Equal(503, answer.StatusCode);
        Assert.Equal(ReadGate.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Headers["Retry-After"]);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_within_the_limit_runs_and_frees_its_slot()
    {
        var gate = Gate(slots: 1);

        Assert.Equal(1, gate.Run(() => 1));
        Assert.Equal(2, gate.Run(() => 2));
    }
}
