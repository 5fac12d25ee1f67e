using System.Text.Json;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>
/// Runs one fuzz case the way the product does (read, validate, render) and names its outcome for the summary.
/// The documented failures are <see cref="UnreadableReportException"/> from a reader and <see cref="JsonException"/>
/// from <see cref="ReportJson.Deserialize"/>; any other exception escapes and fails the property, and an input still
/// running after <see cref="FuzzBudget.PerInputLimit"/> fails it as a hang.
/// </summary>
internal static class FuzzHarness
{
    private static readonly ReportValidator Validator = new();
    private static readonly HtmlReportRenderer Renderer = new();

    public static string Read(IReportReader reader, byte[] input) => Bounded(() =>
    {
        try
        {
            return Use(reader.Read(input, ReadOptions.None));
        }
        catch (UnreadableReportException refusal)
        {
            if (string.IsNullOrWhiteSpace(refusal.Code) || string.IsNullOrWhiteSpace(refusal.Message))
            {
                throw new InvalidOperationException("A refusal must carry a code and a message for the person who uploaded.", refusal);
            }
            return $"refused: {refusal.Code}";
        }
    });

    public static string Deserialize(string json) => Bounded(() =>
    {
        try
        {
            return Use(new ReportReading(ReportJson.Deserialize(json), []));
        }
        catch (JsonException)
        {
            return "refused: JsonException";
        }
    });

    /// <summary>Whatever a reader accepted goes on through the validator and the renderer, as a submission does.</summary>
    private static string Use(ReportReading reading)
    {
        var findings = Validator.Validate(reading);
        Renderer.Render(reading.Report);
        return findings.Any(f => f.Severity == Severity.Error) ? "read, with errors" : "read, no errors";
    }

    private static string Bounded(Func<string> run)
    {
        var work = Task.Run(run);
        if (Task.WhenAny(work, Task.Delay(FuzzBudget.PerInputLimit)).GetAwaiter().GetResult() != work)
        {
            throw new TimeoutException($"The input was still being processed after {FuzzBudget.PerInputLimit.TotalSeconds} s: a hang.");
        }
        return work.GetAwaiter().GetResult();
    }
}
