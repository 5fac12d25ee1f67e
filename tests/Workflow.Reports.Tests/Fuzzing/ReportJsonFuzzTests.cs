using System.Text;
using CsCheck;
using Xunit.Abstractions;

namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>report.json damaged: it deserializes to a report the validator and renderer can handle, or throws JsonException.</summary>
public sealed class ReportJsonFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Mutated_canonical_json_deserializes_or_throws_JsonException() =>
        Mutations.Of(FuzzInputs.Json).Sample(
            input => FuzzHarness.Deserialize(Encoding.UTF8.GetString(input.Bytes())),
            output.WriteLine,
            iter: FuzzBudget.Cases(FuzzBudget.JsonShare),
            print: input => input.ToString());
}
