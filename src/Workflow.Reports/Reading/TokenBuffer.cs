using System.Buffers;

namespace Workflow.Reports.Reading;

/// <summary>
/// The fragments of a report's table regions in reading order, held in an array rented from the shared pool and
/// returned on <see cref="Dispose"/>: a report has hundreds of them, and they are needed only while its tables are read.
/// </summary>
internal sealed class TokenBuffer(int capacity) : IDisposable
{
    private TextToken[] items = ArrayPool<TextToken>.Shared.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    public TextToken this[int index] =>
        (uint)index < (uint)Count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(TextToken token)
    {
        if (Count == items.Length)
        {
            var larger = ArrayPool<TextToken>.Shared.Rent(items.Length * 2);
            items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<TextToken>.Shared.Return(items);
            items = larger;
        }
        items[Count++] = token;
    }

    /// <summary>Drops the fragments from index <paramref name="count"/> on.</summary>
    public void Truncate(int count) => Count = Math.Min(Count, count);

    public void Dispose()
    {
        ArrayPool<TextToken>.Shared.Return(items);
        items = [];
        Count = 0;
    }
}
