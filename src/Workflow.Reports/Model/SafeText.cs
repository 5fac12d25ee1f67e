using System.Text;

namespace Workflow.Reports.Model;

/// <summary>
/// Characters a report's text may not carry: control characters other than tab and line breaks (C0, DEL and
/// C1), the noncharacters U+FFFE and U+FFFF, and surrogates that are not part of a pair. None of them is ever
/// meant in a report; each one is a character XML cannot hold (so the Atom feed could not be written) or
/// that no page shows. They are removed at intake (<see cref="ReportTextCleaner"/>) and again by every
/// writer of public documents, so that nothing stored before can stop a document from being written.
/// </summary>
public static class SafeText
{
    public static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r'
        || (!char.IsControl(c) && c is not '\uFFFE' and not '\uFFFF');

    /// <summary>True when <paramref name="text"/> has none of the characters <see cref="Clean(string)"/> removes.</summary>
    public static bool IsClean(string? text) => text is null || FirstUnsafe(text) < 0;

    /// <summary><paramref name="text"/> without the characters a report may not carry (the same instance when it has none).</summary>
    public static string Clean(string text)
    {
        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (!char.IsSurrogate(c) && IsAllowed(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>Index of the first character <see cref="Clean(string)"/> removes, or -1.</summary>
    public static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || !IsAllowed(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"U+0001" for the first character <see cref="Clean(string)"/> would remove, for messages.</summary>
    public static string DescribeFirstUnsafe(string text) =>
        FirstUnsafe(text) is var i and >= 0 ? $"U+{(int)text[i]:X4}" : "";
}
