namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>
/// A fuzz case: a valid input named in <see cref="FuzzInputs"/>, damaged by <see cref="Mutations"/> in order. When
/// <see cref="Entry"/> is set the input is a Word package and the mutations edit that part inside it (the package
/// itself stays a valid zip, so the damage reaches the XML and the reader rather than stopping at the zip's CRC).
/// </summary>
public sealed record MutatedInput(string Source, string? Entry, IReadOnlyList<ByteMutation> Mutations)
{
    public byte[] Bytes()
    {
        var original = FuzzInputs.Bytes(Source);
        return Entry is null ? Mutated(original) : WordPackageParts.Rewrite(original, Entry, Mutated);
    }

    private byte[] Mutated(byte[] input) => Mutations.Aggregate(input, (bytes, mutation) => mutation.Apply(bytes));

    public override string ToString() =>
        $"{Source}{(Entry is null ? "" : "!" + Entry)}: {string.Join(", ", Mutations)}";
}
