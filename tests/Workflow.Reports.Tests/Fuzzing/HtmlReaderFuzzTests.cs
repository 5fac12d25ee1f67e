using CsCheck;
using Workflow.Reports.Reading.Html;
using Xunit.Abstractions;

namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>The HTML reader on damaged copies of rendered pages: broken tags, duplicated rows, absurd spans, stray NULs.</summary>
public sealed class HtmlReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly HtmlReportReader Reader = new();

    [Fact]
    public void Mutated_rendered_pages_are_read_or_refused_cleanly() =>
        Mutations.Of(FuzzInputs.Html).Sample(
            input => FuzzHarness.Read(Reader, input.Bytes()),
            output.WriteLine,
            iter: FuzzBudget.Cases(FuzzBudget.HtmlShare),
            print: input => input.ToString());
}
