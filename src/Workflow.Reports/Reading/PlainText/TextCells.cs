namespace Workflow.Reports.Reading.PlainText;

/// <summary>
/// Cuts one line of a flattened report into the cells it writes. A cell that is a number is never joined to its
/// neighbours: "一、本年新收政府信息公开申请数量 3001 53 0" is a label and three numbers, and so is
/// "…申请数量3001" (a number written onto its label). Leading numbering ("1 属于国家秘密") stays with its label.
/// </summary>
internal static class TextCells
{
    public static TextLayout Detect(IReadOnlyList<string> lines)
    {
        var barLines = 0;
        var rowLines = 0;
        foreach (var line in lines)
        {
            if (!line.Contains('|'))
            {
                continue;
            }
            barLines++;
            if (PartsWithText(line) >= 2)
            {
                rowLines++;
            }
        }
        return rowLines >= 3 ? TextLayout.PipeRows
            : barLines >= 5 ? TextLayout.CellPerLine
            : TextLayout.Spaced;
    }

    /// <summary>How many of the parts of a line between bars have text.</summary>
    private static int PartsWithText(string line)
    {
        var count = 0;
        foreach (var range in line.AsSpan().Split('|'))
        {
            if (!line.AsSpan()[range].IsWhiteSpace())
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Where the first part of a line between bars that has text is, or null.</summary>
    private static Range? FirstPartWithText(string line)
    {
        foreach (var range in line.AsSpan().Split('|'))
        {
            if (!line.AsSpan()[range].IsWhiteSpace())
            {
                return range;
            }
        }
        return null;
    }

    /// <summary>The cells of a line; none for a line that only ends a row (two or more bars alone, when cells come one per line).</summary>
    public static List<string> Of(string line, TextLayout layout)
    {
        var cells = new List<string>();
        if (string.IsNullOrWhiteSpace(line))
        {
            return cells;
        }
        if (line.Contains('|') && layout == TextLayout.CellPerLine)
        {
            // The first part with text is the cell; the bars after it only pad out column spans or end the row. A bar
            // alone is a blank cell; bars alone are the end of a row ("||"), not a cell.
            if (FirstPartWithText(line) is { } cell)
            {
                cells.Add(Unmark(line.AsSpan()[cell]));
            }
            else if (line.AsSpan().Count('|') == 1)
            {
                cells.Add("");
            }
            return cells;
        }
        if (line.Contains('|') && layout == TextLayout.PipeRows)
        {
            // The parts between the bars, a doubled bar counting as one; the empty part before a leading bar is not a
            // cell, nor the one after a closing bar when the line has both (a markdown row).
            var trimmed = line.Trim();
            var parts = trimmed.Replace("||", "|").Split('|');
            var opens = trimmed.StartsWith('|');
            var from = opens ? 1 : 0;
            var to = opens && trimmed.EndsWith('|') && parts.Length > 1 ? parts.Length - 1 : parts.Length;
            for (var i = from; i < to; i++)
            {
                AddSpaced(cells, Unmark(parts[i]), blankIsCell: true);
            }
            return cells;
        }
        if (line.Contains('\t'))
        {
            foreach (var part in line.Split('\t'))
            {
                AddSpaced(cells, part, blankIsCell: true);
            }
            // A row copied from a browser ends with the tab before a last blank cell only when that cell is blank.
            return cells;
        }
        if (line.AsSpan().IndexOfAny(' ', '\u3000') < 0 && !char.IsAsciiDigit(line[^1]))
        {
            // Most lines are prose without a space and without digits at the end: one cell, nothing to cut.
            cells.Add(line);
            return cells;
        }
        AddSpaced(cells, line, blankIsCell: false);
        return cells;
    }

    /// <summary>
    /// The cells of text between separators: runs of two or more spaces separate cells; within a run, numbers
    /// separated by single spaces are cells of their own and the words between them one cell.
    /// </summary>
    private static void AddSpaced(List<string> cells, string text, bool blankIsCell)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (blankIsCell)
            {
                cells.Add("");
            }
            return;
        }
        var first = cells.Count;
        var at = 0;
        while (at < text.Length)
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }
            var end = at;
            while (end < text.Length && !(text[end] == ' ' && (end + 1 == text.Length || text[end + 1] == ' ')))
            {
                end++;
            }
            if (end > at)
            {
                AddSegment(cells, text, at, end, first);
            }
            at = end;
        }
    }

    /// <summary>One run of text without a double space: its numbers apart, the words between them as one cell.</summary>
    private static void AddSegment(List<string> cells, string text, int start, int end, int first)
    {
        // Tokens are the pieces between single spaces; a run of words is cut from the text in one piece. A segment has
        // at most one token more than it has spaces.
        var most = text.AsSpan(start, end - start).Count(' ') + 1;
        var tokens = most <= 64 ? stackalloc Token[most] : new Token[most];
        var count = 0;
        for (var at = start; at < end;)
        {
            var stop = text.IndexOf(' ', at, end - at);
            stop = stop < 0 ? end : stop;
            tokens[count++] = new Token(at, stop, CellValue.Parse(text.AsSpan(at, stop - at)).Kind);
            at = stop + 1;
        }
        tokens = tokens[..count];
        int? words = null;
        var wordsEnd = start;
        for (var t = 0; t < tokens.Length; t++)
        {
            var (at, stop, kind) = tokens[t];
            // A placeholder beside a word is punctuation ("三、本年度办理结果 / （一）予以公开").
            var value = kind == CellKind.Number
                || (kind == CellKind.Placeholder && (t == 0 || tokens[t - 1].Kind != CellKind.Invalid) && (t == tokens.Length - 1 || tokens[t + 1].Kind != CellKind.Invalid));
            var numbering = value && t == 0 && cells.Count == first && tokens.Length > 1 && stop - at <= 2 && tokens[1].Kind == CellKind.Invalid;
            if (value && !numbering)
            {
                Flush(cells, text, words, wordsEnd);
                words = null;
                cells.Add(text[at..stop]);
            }
            else
            {
                words ??= at;
                wordsEnd = stop;
            }
        }
        Flush(cells, text, words, wordsEnd);
    }

    private readonly record struct Token(int Start, int End, CellKind Kind);

    private static void Flush(List<string> cells, string text, int? start, int end)
    {
        if (start is not { } from)
        {
            return;
        }
        // "…申请数量3001": digits written onto the end of a label are a cell of their own.
        var digits = end;
        while (digits > from && char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }
        if (digits > from && digits < end && IsIdeographOrBracket(text[digits - 1]))
        {
            cells.Add(text[from..digits]);
            cells.Add(text[digits..end]);
            return;
        }
        cells.Add(text[from..end]);
    }

    private static bool IsIdeographOrBracket(char c) => c is (>= '\u4E00' and <= '\u9FFF') or '）' or ')' or '”' or '"';


    /// <summary>Markdown emphasis and line breaks inside a cell (<c>**总计**</c>, <c>a&lt;br&gt;b</c>, <c>\*</c>) are not text.</summary>
    private static string Unmark(ReadOnlySpan<char> cell)
    {
        if (cell.IndexOfAny("*<\\_") < 0)
        {
            return cell.Trim().ToString();
        }
        var text = cell.ToString().Replace("**", "").Replace("__", "").Replace("<br>", "").Replace("<br/>", "").Replace("<br />", "").Replace("\\", "");
        return text.Trim();
    }
}
