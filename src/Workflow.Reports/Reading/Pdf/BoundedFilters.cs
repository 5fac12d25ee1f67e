using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// PdfPig's stream filters with the decompressing ones (Flate, LZW, RunLength) held to an <see cref="InflationBudget"/>: PdfPig
/// decodes a stream whole into memory, so a small file can hold a stream that expands to gigabytes (a PDF bomb).
/// </summary>
internal sealed class BoundedFilters : IFilterProvider
{
    private readonly IFilterProvider inner = DefaultFilterProvider.Instance;

    private readonly InflationBudget budget = new();

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Bounded(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Bounded(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Bounded(inner.GetAllFilters());

    private IReadOnlyList<IFilter> Bounded(IReadOnlyList<IFilter> filters) =>
        [.. filters.Select(filter => filter switch
        {
            FlateFilter => new BoundedFilter(filter, budget, (input, _, _, limit) => FlateLength.Of(input, limit)),
            LzwFilter => new BoundedFilter(filter, budget, (input, dictionary, index, limit) => LzwLength.Of(input.Span, EarlyChange(dictionary, index), limit)),
            RunLengthFilter => new BoundedFilter(filter, budget, (input, _, _, limit) => RunLengthLength.Of(input.Span, limit)),
            _ => filter,
        })];

    /// <summary>Whether the codes widen one code early, as they do unless the stream's parameters say /EarlyChange 0.</summary>
    private static bool EarlyChange(DictionaryToken dictionary, int filterIndex) =>
        !(DecodeParameterResolver.GetFilterParameters(dictionary, filterIndex).TryGet(NameToken.EarlyChange, out NumericToken early) && early.Int == 0);
}
