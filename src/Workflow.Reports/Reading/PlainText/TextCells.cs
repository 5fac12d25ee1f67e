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
            if (line.Split('|').Count(part => !string.IsNullOrWhiteSpace(part)) >= 2)
            {
                rowLines++;
            }
        }
        return rowLines >= 3 ? TextLayout.PipeRows
            : barLines >= 5 ? TextLayout.CellPerLine
            : TextLayout.Spaced;
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
            if (line.Split('|').FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)) is { } cell)
            {
                cells.Add(Unmark(cell));
            }
            else if (line.Count(c => c == '|') == 1)
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
        foreach (var segment in text.Trim().Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = new List<string>();
            var tokens = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var values = Values(tokens);
            for (var t = 0; t < tokens.Length; t++)
            {
                var isNumbering = values[t] && t == 0 && cells.Count == first && tokens.Length > 1 && tokens[t].Length <= 2 && !values[1];
                if (values[t] && !isNumbering)
                {
                    Flush(cells, words);
                    cells.Add(tokens[t]);
                }
                else
                {
                    words.Add(tokens[t]);
                }
            }
            Flush(cells, words);
        }
    }

    private static void Flush(List<string> cells, List<string> words)
    {
        if (words.Count == 0)
        {
            return;
        }
        var text = string.Join(" ", words);
        words.Clear();
        // "…申请数量3001": digits written onto the end of a label are a cell of their own.
        var end = text.Length;
        while (end > 0 && char.IsAsciiDigit(text[end - 1]))
        {
            end--;
        }
        if (end > 0 && end < text.Length && IsIdeographOrBracket(text[end - 1]))
        {
            cells.Add(text[..end]);
            cells.Add(text[end..]);
            return;
        }
        cells.Add(text);
    }

    private static bool IsIdeographOrBracket(char c) => c is (>= '\u4E00' and <= '\u9FFF') or '）' or ')' or '”' or '"';

    /// <summary>
    /// Which tokens are values: numbers, and placeholders ("—", "/") among values; a placeholder beside a word is
    /// punctuation ("三、本年度办理结果 / （一）予以公开").
    /// </summary>
    private static bool[] Values(string[] tokens)
    {
        var kinds = tokens.Select(t => CellValue.Parse(t).Kind).ToArray();
        var values = new bool[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            values[t] = kinds[t] == CellKind.Number
                || (kinds[t] == CellKind.Placeholder
                    && (t == 0 || kinds[t - 1] != CellKind.Invalid)
                    && (t == tokens.Length - 1 || kinds[t + 1] != CellKind.Invalid));
        }
        return values;
    }

    /// <summary>Markdown emphasis and line breaks inside a cell (<c>**总计**</c>, <c>a&lt;br&gt;b</c>, <c>\*</c>) are not text.</summary>
    private static string Unmark(string cell)
    {
        if (cell.AsSpan().IndexOfAny("*<\\_") < 0)
        {
            return cell.Trim();
        }
        var text = cell.Replace("**", "").Replace("__", "").Replace("<br>", "").Replace("<br/>", "").Replace("<br />", "").Replace("\\", "");
        return text.Trim();
    }
}
