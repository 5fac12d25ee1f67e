using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>PdfPig's Flate filter, run only on streams the budget admits.</summary>
internal sealed class BoundedFlate(IFilter flate, InflationBudget budget) : IFilter
{
    public bool IsSupported => flate.IsSupported;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        budget.Admit(input);
        return flate.Decode(input, streamDictionary, filterProvider, filterIndex);
    }
}
