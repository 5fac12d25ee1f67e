namespace Workflow.Reports.Reading;

/// <summary>Decides the layout of a report's tables and cuts its lines into cells.</summary>
internal static class TextTokenizer
{
    public static TextLayout DetectLayout(IReadOnlyList<ReadOnlyMemory<char>> lines)
    {
        var pipeLines = 0;
        var rowLines = 0;
        foreach (var memory in lines)
        {
            var line = memory.Span;
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

    /// <summary>The fragments of lines <paramref name="start"/> to <paramref name="end"/> (exclusive); the caller disposes of them.</summary>
    public static TokenBuffer Tokenize(IReadOnlyList<ReadOnlyMemory<char>> lines, int start, int end, TextLayout layout)
    {
        // About a fragment per line, often more: sized so that the buffer grows once or twice rather than six times.
        var tokens = new TokenBuffer(end - start);
        for (var i = start; i < end; i++)
        {
            AddLine(tokens, lines[i].Span, i, layout);
        }
        return tokens;
    }

    private static void AddLine(TokenBuffer tokens, ReadOnlySpan<char> line, int index, TextLayout layout)
    {
        if (line.IsWhiteSpace())
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
            AddTrimmed(tokens, line, index, 0, line.Length);
        }
    }

    private static void AddPipeLine(TokenBuffer tokens, ReadOnlySpan<char> line, int index, TextLayout layout)
    {
        if (layout == TextLayout.CellPerLine)
        {
            AddFirstFilledPart(tokens, line, index);
            return;
        }
        // The parts between the bars of the trimmed line, a doubled bar counting as one; the empty part before a
        // leading bar is not a cell, nor the one after a closing bar when the line has both.
        var start = 0;
        var end = line.Length;
        Trim(line, ref start, ref end);
        var opens = line[start] == '|';
        var closes = line[end - 1] == '|';
        var part = start;
        for (var i = start; i < end; i++)
        {
            if (line[i] != '|')
            {
                continue;
            }
            if (!(opens && i == start))
            {
                AddTrimmed(tokens, line, index, part, i);
            }
            if (i + 1 < end && line[i + 1] == '|')
            {
                i++;
            }
            part = i + 1;
        }
        AddTrimmed(tokens, line, index, part, end);
        if (opens && closes)
        {
            tokens.Truncate(tokens.Count - 1);
        }
    }

    /// <summary>How many of the '|'-separated parts of a line have text, counting no further than <paramref name="enough"/>.</summary>
    private static int FilledParts(ReadOnlySpan<char> line, int enough)
    {
        // A search per bar rather than Split's enumerator: this runs on every line with a bar, most of them short.
        var filled = 0;
        var rest = line;
        while (true)
        {
            var bar = rest.IndexOf('|');
            var part = bar < 0 ? rest : rest[..bar];
            if ((!part.IsWhiteSpace() && ++filled == enough) || bar < 0)
            {
                return filled;
            }
            rest = rest[(bar + 1)..];
        }
    }

    /// <summary>
    /// The cell of a line when cells come one per line: the first '|'-separated part that has text (a blank cell
    /// when none has); the bars after it only pad out column spans.
    /// </summary>
    private static void AddFirstFilledPart(TokenBuffer tokens, ReadOnlySpan<char> line, int index)
    {
        for (var start = 0; start <= line.Length;)
        {
            var bar = line[start..].IndexOf('|');
            var end = bar < 0 ? line.Length : start + bar;
            if (!line[start..end].IsWhiteSpace())
            {
                AddTrimmed(tokens, line, index, start, end);
                return;
            }
            start = end + 1;
        }
        tokens.Add(TextToken.Of(line, index, 0, 0));
    }

    /// <summary>Cells are separated by two or more spaces; "1 0 11" (numbers one space apart) are cells too.</summary>
    private static void AddColumns(TokenBuffer tokens, ReadOnlySpan<char> line, int index)
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

    private static void AddColumnCell(TokenBuffer tokens, ReadOnlySpan<char> line, int start, int end, int index)
    {
        var cell = line[start..end];
        if (cell.Contains(' '))
        {
            // Numbers one space apart are cells of their own; anything else with single spaces is one cell.
            var first = tokens.Count;
            foreach (var range in cell.Split(' '))
            {
                var (offset, length) = range.GetOffsetAndLength(cell.Length);
                if (length == 0)
                {
                    continue;
                }
                var piece = cell.Slice(offset, length);
                var kind = CellValue.MayStartCell(piece[0]) ? CellValue.Parse(piece).Kind : CellKind.Blank;
                if (kind != CellKind.Number)
                {
                    tokens.Truncate(first);
                    break;
                }
                tokens.Add(new TextToken(index, start + offset, length, kind));
            }
            if (tokens.Count > first)
            {
                return;
            }
        }
        tokens.Add(TextToken.Of(line, index, start, end - start));
    }

    private static void AddTrimmed(TokenBuffer tokens, ReadOnlySpan<char> line, int index, int start, int end)
    {
        Trim(line, ref start, ref end);
        tokens.Add(TextToken.Of(line, index, start, end - start));
    }

    private static void Trim(ReadOnlySpan<char> line, ref int start, ref int end)
    {
        while (start < end && char.IsWhiteSpace(line[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }
    }
}
