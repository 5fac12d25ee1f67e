using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// PdfPig's stream filters with Flate held to an <see cref="InflationBudget"/>: PdfPig inflates a stream whole into
/// memory, so a small file can hold a stream that expands to gigabytes (a PDF bomb).
/// </summary>
internal sealed class BoundedFilters : IFilterProvider
{
    private readonly IFilterProvider inner = DefaultFilterProvider.Instance;

    private readonly InflationBudget budget = new();

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Bounded(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Bounded(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Bounded(inner.GetAllFilters());

    private IReadOnlyList<IFilter> Bounded(IReadOnlyList<IFilter> filters) =>
        [.. filters.Select(filter => filter is FlateFilter ? new BoundedFlate(filter, budget) : filter)];
}
