using System.Buffers;
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
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            return new string(buffer, 0, Normalise(text, buffer));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// <see cref="Normalise(string)"/> into <paramref name="buffer"/> (at least as long as the text), returning the length:
    /// every sentence of every section goes through here on each validation, so width and whitespace are done in one pass
    /// and digit grouping in place, without the intermediate strings.
    /// </summary>
    internal static int Normalise(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        var commas = false;
        foreach (var written in text)
        {
            var c = ChineseText.ToHalfWidth(written);
            if (!ChineseText.IsWhiteSpace(c))
            {
                buffer[length++] = c;
                commas |= c == ',';
            }
        }
        return commas ? WithoutDigitGrouping(buffer[..length]) : length;
    }

    /// <summary>Drops the commas of "3,119": a digit before, exactly three digits after.</summary>
    private static int WithoutDigitGrouping(Span<char> text)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // text[i - 1] is still as written: characters are only ever moved to positions before the one being read.
            if (text[i] == ',' && i > 0 && char.IsAsciiDigit(text[i - 1]) && IsGroupOfThree(text[(i + 1)..]))
            {
                continue;
            }
            text[length++] = text[i];
        }
        return length;
    }

    private static bool IsGroupOfThree(ReadOnlySpan<char> after) =>
        after.Length >= 3 && char.IsAsciiDigit(after[0]) && char.IsAsciiDigit(after[1]) && char.IsAsciiDigit(after[2])
        && (after.Length == 3 || !char.IsAsciiDigit(after[3]));

    /// <summary>Sentences of normalised text: split at 。！？ and at semicolons, which real reports use between enumerated figures.</summary>
    public static IReadOnlyList<string> Sentences(string normalised) => Sentences(normalised.AsSpan());

    /// <summary><see cref="Sentences(string)"/> of <see cref="Normalise(string)"/>, without the normalised text as a string.</summary>
    internal static IReadOnlyList<string> NormalisedSentences(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            return Sentences(buffer.AsSpan(0, Normalise(text, buffer)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static List<string> Sentences(ReadOnlySpan<char> normalised)
    {
        var sentences = new List<string>();
        var start = 0;
        while (start < normalised.Length)
        {
            var length = normalised[start..].IndexOfAny(SentenceBreaks);
            var stop = length < 0 ? normalised.Length : start + length;
            if (stop > start)
            {
                sentences.Add(normalised[start..stop].ToString());
            }
            start = stop + 1;
        }
        return sentences;
    }

    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create("。!?;");

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

    // [0-9] rather than \d: \d also matches the digits of other scripts (٣, ३), which the number parsers reject.
    [GeneratedRegex(@"(?<![0-9.])(?<n>[0-9]+(?:\.[0-9]+)?)(?<u>%|万元|元|人次|件|个|条|项|次|家|份|期|场|人|篇|起|批|宗|年|月|日|万)?")]
    private static partial Regex Figure();
}
