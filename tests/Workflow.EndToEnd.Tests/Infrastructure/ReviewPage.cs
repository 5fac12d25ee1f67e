using System.Net;
using System.Text.RegularExpressions;

namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>The review page as a browser gets it: the HTML and the hidden fields its form posts back.</summary>
public sealed partial record ReviewPage(HttpStatusCode Status, string Html)
{
    /// <summary>Name and value of each hidden input (the first one where a name repeats).</summary>
    public IReadOnlyDictionary<string, string> HiddenFields => HiddenInput().Matches(Html)
        .GroupBy(m => WebUtility.HtmlDecode(m.Groups["name"].Value))
        .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups["value"].Value));

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]*)" value="(?<value>[^"]*)"\s*/?>""")]
    private static partial Regex HiddenInput();
}
