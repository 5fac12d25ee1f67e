using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>One of PdfPig's decompressing filters, run only on streams whose decoded length the budget admits.</summary>
/// <param name="length">The stream's decoded length, counted up to the given limit without keeping the output.</param>
internal sealed class BoundedFilter(IFilter filter, InflationBudget budget, Func<ReadOnlyMemory<byte>, DictionaryToken, int, long, long> length) : IFilter
{
    public bool IsSupported => filter.IsSupported;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        budget.Admit(length(input, streamDictionary, filterIndex, InflationBudget.MaxStreamBytes + 1L));
        return filter.Decode(input, streamDictionary, filterProvider, filterIndex);
    }
}
