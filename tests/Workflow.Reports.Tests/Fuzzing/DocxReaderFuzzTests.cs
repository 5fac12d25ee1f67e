using CsCheck;
using Workflow.Reports.Reading.Docx;
using Xunit.Abstractions;

namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>
/// The Word reader on damaged packages: half the cases damage the zip's bytes (what a bad upload does), half damage
/// word/document.xml inside a valid zip (what reaches the XML and the table reading).
/// </summary>
public sealed class DocxReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly DocxReportReader Reader = new();

    [Fact]
    public void Mutated_word_packages_are_read_or_refused_cleanly() =>
        Gen.OneOf(Mutations.Of(FuzzInputs.Word), Mutations.Of(FuzzInputs.Word, FuzzInputs.WordDocumentPart)).Sample(
            input => FuzzHarness.Read(Reader, input.Bytes()),
            output.WriteLine,
            iter: FuzzBudget.Cases(FuzzBudget.DocxShare),
            print: input => input.ToString());
}
