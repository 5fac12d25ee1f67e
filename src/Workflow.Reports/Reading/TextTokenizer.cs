namespace Workflow.Reports.Reading;

/// <summary>Decides the layout of a report's tables and cuts its lines into cells.</summary>
internal static class TextTokenizer
{
    public static TextLayout DetectLayout(IReadOnlyList<string> lines)
    {
        var pipeLines = 0;
        var rowLines = 0;
        foreach (var line in lines)
        {
            if (!line.Contains('|'))
            {
                continue;
            }
            pipeLines++;
            if (FilledParts(line, 2) >= 2)
            {
                rowLines++;
            }
        }
        return rowLines >= 3 ? TextLayout.PipeRows
            : pipeLines >= 5 ? TextLayout.CellPerLine
            : TextLayout.Columns;
    }

    public static List<TextToken> Tokenize(IReadOnlyList<string> lines, int start, int end, TextLayout layout)
    {
        // About a fragment per line, often more: sized so that the list grows once or twice rather than six times.
        var tokens = new List<TextToken>(Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            AddLine(tokens, lines[i], i, layout);
        }
        return tokens;
    }

    private static void AddLine(List<TextToken> tokens, string line, int index, TextLayout layout)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }
        if (line.Contains('|') && layout != TextLayout.Columns)
        {
            AddPipeLine(tokens, line, index, layout);
        }
        else if (layout == TextLayout.Columns)
        {
            AddColumns(tokens, line, index);
        }
        else
        {
            tokens.Add(TextToken.Of(line.Trim(), index));
        }
    }

    private static void AddPipeLine(List<TextToken> tokens, string line, int index, TextLayout layout)
    {
        if (layout == TextLayout.CellPerLine)
        {
            // The cell is what precedes the bars; the bars after it only pad out column spans.
            tokens.Add(TextToken.Of(FirstFilledPart(line), index));
            return;
        }
        var trimmed = line.Trim();
        var parts = trimmed.Replace("||", "|", StringComparison.Ordinal).Split('|');
        var from = trimmed.StartsWith('|') ? 1 : 0;
        var to = trimmed.StartsWith('|') && trimmed.EndsWith('|') && parts.Length > 1 ? parts.Length - 1 : parts.Length;
        for (var i = from; i < to; i++)
        {
            tokens.Add(TextToken.Of(parts[i].Trim(), index));
        }
    }

    /// <summary>How many of the '|'-separated parts of a line have text, counting no further than <paramref name="enough"/>.</summary>
    private static int FilledParts(string line, int enough)
    {
        var filled = 0;
        foreach (var part in line.AsSpan().Split('|'))
        {
            if (!line.AsSpan(part).IsWhiteSpace() && ++filled == enough)
            {
                break;
            }
        }
        return filled;
    }

    /// <summary>The first '|'-separated part of a line that has text, trimmed ("" when none).</summary>
    private static string FirstFilledPart(string line)
    {
        foreach (var part in line.AsSpan().Split('|'))
        {
            var text = line.AsSpan(part).Trim();
            if (text.Length > 0)
            {
                return text.Length == line.Length ? line : text.ToString();
            }
        }
        return "";
    }

    /// <summary>Cells are separated by two or more spaces; "1 0 11" (numbers one space apart) are cells too.</summary>
    private static void AddColumns(List<TextToken> tokens, string line, int index)
    {
        var position = 0;
        while (position < line.Length)
        {
            while (position < line.Length && line[position] == ' ')
            {
                position++;
            }
            var start = position;
            while (position < line.Length && !(line[position] == ' ' && (position + 1 >= line.Length || line[position + 1] == ' ')))
            {
                position++;
            }
            if (position > start)
            {
                AddColumnCell(tokens, line, start, position, index);
            }
        }
    }

    private static void AddColumnCell(List<TextToken> tokens, string line, int start, int end, int index)
    {
        var cell = line.AsSpan(start, end - start);
        if (cell.Contains(' '))
        {
            // Numbers one space apart are cells of their own; anything else with single spaces is one cell.
            var first = tokens.Count;
            foreach (var range in cell.Split(' '))
            {
                var piece = cell[range];
                if (piece.IsEmpty)
                {
                    continue;
                }
                var value = CellValue.MayStartCell(piece[0]) ? CellValue.Parse(piece.ToString()) : default;
                if (value.Kind != CellKind.Number)
                {
                    tokens.RemoveRange(first, tokens.Count - first);
                    break;
                }
                tokens.Add(new TextToken(index, value));
            }
            if (tokens.Count > first)
            {
                return;
            }
        }
        tokens.Add(TextToken.Of(line[start..end], index));
    }
}
