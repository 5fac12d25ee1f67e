namespace Workflow.Reports.Model;

/// <summary>Normalisation of the ways real reports write the same thing.</summary>
public static class ChineseText
{
    /// <summary>Full-width ASCII (ＡＢ１２（）) and the ideographic space become their half-width forms.</summary>
    public static string ToHalfWidth(string text)
    {
        // Most text has nothing to convert; it is called on every line and label, so that case allocates nothing.
        if (text.AsSpan().IndexOfAnyInRange('\uFF01', '\uFF5E') < 0 && !text.Contains('\u3000'))
        {
            return text;
        }
        return string.Create(text.Length, text, static (target, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = ToHalfWidth(source[i]);
            }
        });
    }

    /// <summary><see cref="ToHalfWidth(string)"/> of one character.</summary>
    internal static char ToHalfWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>
    /// Kangxi radicals and CJK compatibility ideographs become the ideographs they look like ("⾏政复议" → "行政复议"):
    /// PDF text layers, from Chromium above all, map glyphs to them.
    /// </summary>
    public static string FoldCompatibility(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u2E80', '\u2FDF') < 0 && text.AsSpan().IndexOfAnyInRange('\uF900', '\uFAFF') < 0)
        {
            return text;
        }
        var folded = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            var index = RadicalsWithoutDecomposition.IndexOf(c);
            folded.Append(index >= 0 ? UnifiedRadicals[index].ToString()
                : c is (>= '\u2E80' and <= '\u2FDF') or (>= '\uF900' and <= '\uFAFF') ? c.ToString().Normalize(System.Text.NormalizationForm.FormKC)
                : c.ToString());
        }
        return folded.ToString();
    }

    // The simplified forms of the CJK Radicals Supplement have no compatibility decomposition; these are the ones
    // government text uses.
    private const string RadicalsWithoutDecomposition = "⺠⻓⻔⻢⻚⻋⻅⻜⻛⻰⻥⻦⻬⻩⻨⻮⻳⻘⻝⻄⻆⺟⻤⻧⻉⻈⻊";

    private const string UnifiedRadicals = "民长门马页车见飞风龙鱼鸟齐黄麦齿龟青食西角母鬼卤贝讠足";

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/>, answered without the Unicode tables for Chinese text: no white space
    /// lies above the ideographic space, and nearly every character of a report does.
    /// </summary>
    internal static bool IsWhiteSpace(char c) => c <= '\u3000' && char.IsWhiteSpace(c);

    /// <summary>
    /// A comparison key for labels: half-width, no whitespace, one bracket style, one quote style, and
    /// numbering punctuation (、，.．) unified, so "自 然 人", "(一)予以公开" and "（一）予以公开" compare equal.
    /// </summary>
    public static string LabelKey(string label) => Key(label, dropQuotes: false);

    /// <summary><see cref="LabelKey"/> without quotes, for readers of reports that drop them.</summary>
    internal static string LabelKeyWithoutQuotes(string label) => Key(label, dropQuotes: true);

    /// <summary>
    /// <see cref="LabelKeyWithoutQuotes(string)"/> written into <paramref name="key"/>, which must be as long as the label;
    /// returns the key's length. For a reader that keeps fragments as ranges of a line rather than as strings.
    /// </summary>
    internal static int LabelKeyWithoutQuotes(ReadOnlySpan<char> label, Span<char> key) => WriteKey(label, key, dropQuotes: true);

    // No intermediate strings: readers key every label and line, and most keys equal their label.
    private static string Key(string label, bool dropQuotes)
    {
        Span<char> buffer = label.Length <= 256 ? stackalloc char[label.Length] : new char[label.Length];
        var key = buffer[..WriteKey(label, buffer, dropQuotes)];
        return key.SequenceEqual(label) ? label : new string(key);
    }

    private static int WriteKey(ReadOnlySpan<char> label, Span<char> key, bool dropQuotes)
    {
        var length = 0;
        foreach (var written in label)
        {
            // Most characters of a report are ideographs, which no rule below changes.
            if (written is >= '\u4E00' and <= '\u9FFF')
            {
                key[length++] = written;
                continue;
            }
            var half = ToHalfWidth(written);
            if (IsWhiteSpace(half))
            {
                continue;
            }
            var c = half switch
            {
                '〔' or '【' or '[' => '(',
                '〕' or '】' or ']' => ')',
                '“' or '”' or '"' or '「' or '」' or '\'' or '‘' or '’' => '"',
                '、' or ',' or '，' or '．' => '.',
                ':' => '：',
                _ => half,
            };
            if (c != '"' || !dropQuotes)
            {
                key[length++] = c;
            }
        }
        return length;
    }
}
