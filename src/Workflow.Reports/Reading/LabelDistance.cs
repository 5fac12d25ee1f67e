namespace Workflow.Reports.Reading;

/// <summary>How far a written label is from a template one: real reports drop, add or mistype a character (OCR, typing).</summary>
internal static class LabelDistance
{
    /// <summary>Equal but for at most one character dropped, added or replaced.</summary>
    public static bool WithinOneEdit(ReadOnlySpan<char> written, ReadOnlySpan<char> key)
    {
        if (Math.Abs(written.Length - key.Length) > 1)
        {
            return false;
        }
        var prefix = 0;
        while (prefix < written.Length && prefix < key.Length && written[prefix] == key[prefix])
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < written.Length - prefix && suffix < key.Length - prefix && written[^(suffix + 1)] == key[^(suffix + 1)])
        {
            suffix++;
        }
        return written.Length - prefix - suffix <= 1 && key.Length - prefix - suffix <= 1;
    }
}
