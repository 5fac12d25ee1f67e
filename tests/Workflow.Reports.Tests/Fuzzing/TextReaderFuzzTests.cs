using CsCheck;
using Workflow.Reports.Reading;
using Xunit.Abstractions;

namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>The text reader on damaged copies of the seed and the real reports: it reads them or refuses them cleanly.</summary>
public sealed class TextReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly TextReportReader Reader = new();

    [Fact]
    public void Mutated_seed_and_real_reports_are_read_or_refused_cleanly() =>
        Mutations.Of(FuzzInputs.Text).Sample(
            input => FuzzHarness.Read(Reader, input.Bytes()),
            output.WriteLine,
            iter: FuzzBudget.Cases(FuzzBudget.TextShare),
            print: input => input.ToString());
}
