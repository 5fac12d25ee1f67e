using System.Text;

namespace Workflow.Reports.Model;

/// <summary>Normalisation of the ways real reports write the same thing.</summary>
public static class ChineseText
{
    /// <summary>Full-width ASCII (ＡＢ１２（）) and the ideographic space become their half-width forms.</summary>
    public static string ToHalfWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }
        return builder.ToString();
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
