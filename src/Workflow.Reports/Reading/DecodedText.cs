using System.Buffers;

namespace Workflow.Reports.Reading;

/// <summary>
/// A report's text as decoded, possibly in a buffer rented from the shared pool and returned on <see cref="Dispose"/>.
/// The text reader reads it as ranges and keeps only strings it makes from them, so the text need not be a string.
/// </summary>
internal sealed class DecodedText(ReadOnlyMemory<char> text, char[]? rented) : IDisposable
{
    public ReadOnlyMemory<char> Text { get; } = text;

    public void Dispose()
    {
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
            rented = null;
        }
    }
}
