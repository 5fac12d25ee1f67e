using System.Text;
using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// How much of a text was carried over from another: Jaccard similarity of the sets of adjacent character pairs
/// (letters and digits only, so punctuation and layout do not count). Cheap, language-neutral and good at spotting
/// copied paragraphs with a few words changed, which is what evaluators penalise.
/// </summary>
public static class TextSimilarity
{
    /// <summary>Texts with fewer distinct pairs than this ("无。") are not compared.</summary>
    public const int MinimumBigrams = 20;

    /// <summary>Between 0 and 1; null when either text is too short to judge.</summary>
    public static double? Of(string first, string second)
    {
        var a = Bigrams(first);
        var b = Bigrams(second);
        if (a.Count < MinimumBigrams || b.Count < MinimumBigrams)
        {
            return null;
        }
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    private static HashSet<string> Bigrams(string text)
    {
        var letters = new StringBuilder();
        foreach (var c in ChineseText.ToHalfWidth(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(c);
            }
        }
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            bigrams.Add(letters.ToString(i, 2));
        }
        return bigrams;
    }
}
