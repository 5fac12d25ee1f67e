using System.Text;

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
                var c = source[i];
                target[i] = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    _ => c,
                };
            }
        });
    }

    /// <summary>
    /// A comparison key for labels: half-width, no whitespace, one bracket style, one quote style, and
    /// numbering punctuation (、，.．) unified, so "自 然 人", "(一)予以公开" and "（一）予以公开" compare equal.
    /// </summary>
    public static string LabelKey(string label)
    {
        var half = ToHalfWidth(label);
        var builder = new StringBuilder(half.Length);
        foreach (var c in half)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            builder.Append(c switch
            {
                '〔' or '【' or '[' => '(',
                '〕' or '】' or ']' => ')',
                '“' or '”' or '"' or '「' or '」' or '\'' or '‘' or '’' => '"',
                '、' or ',' or '，' or '．' => '.',
                ':' => '：',
                _ => c,
            });
        }
        return builder.ToString();
    }
}
