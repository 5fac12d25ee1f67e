using System.Globalization;
using System.Text.RegularExpressions;
using Workflow.Reports.Model;

namespace Workflow.Reports.Validation;

/// <summary>
/// Reads the numbers a report's prose states, for the text-versus-table rules (X-*). Text comes from HTML,
/// Word or pdftotext, where a figure may be split by line breaks ("答\n复 3050 件") and written with
/// full-width digits, so everything works on a normalised form: half-width, no whitespace, no digit grouping.
/// </summary>
public static partial class TextFigures
{
    public static string Normalise(string text)
    {
        var half = ChineseText.ToHalfWidth(text);
        var compact = string.Create(half.Length - Whitespace(half), half, static (target, source) =>
        {
            var next = 0;
            foreach (var c in source)
            {
                if (!char.IsWhiteSpace(c))
                {
                    target[next++] = c;
                }
            }
        });
        return compact.Contains(',') ? DigitGrouping().Replace(compact, "") : compact;
    }

    private static int Whitespace(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsWhiteSpace(c) ? 1 : 0;
        }
        return count;
    }

    /// <summary>Sentences of normalised text: split at 。！？ and at semicolons, which real reports use between enumerated figures.</summary>
    public static IReadOnlyList<string> Sentences(string normalised)
    {
        var sentences = new List<string>();
        var start = 0;
        while (start < normalised.Length)
        {
            var length = normalised.AsSpan(start).IndexOfAny(SentenceBreaks);
            var stop = length < 0 ? normalised.Length : start + length;
            if (stop > start)
            {
                sentences.Add(normalised[start..stop]);
            }
            start = stop + 1;
        }
        return sentences;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceBreaks = System.Buffers.SearchValues.Create("。!?;");

    /// <summary>
    /// Every number in <paramref name="normalised"/> with the unit written right after it ("" when none). A run of
    /// digits beyond decimal (thirty nines) is no figure any table holds, so it is left out.
    /// </summary>
    public static IReadOnlyList<TextFigure> Extract(string normalised) =>
        [.. Figure().Matches(normalised).SelectMany(m =>
        {
            var digits = m.Groups["n"].Value;
            var point = digits.IndexOf('.', StringComparison.Ordinal);
            return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? [new TextFigure(value, m.Groups["u"].Value, m.Index, m.Length, point < 0 ? 0 : digits.Length - point - 1)]
                : Array.Empty<TextFigure>();
        })];

    // [0-9] rather than \d throughout: \d also matches the digits of other scripts (٣, ३), which the number parsers reject.
    [GeneratedRegex(@"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")]
    private static partial Regex DigitGrouping();

    [GeneratedRegex(@"(?<![0-9.])(?<n>[0-9]+(?:\.[0-9]+)?)(?<u>%|万元|元|人次|件|个|条|项|次|家|份|期|场|人|篇|起|批|宗|年|月|日|万)?")]
    private static partial Regex Figure();
}
