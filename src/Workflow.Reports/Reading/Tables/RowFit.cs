using System.Globalization;

namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// Fits the cells written for a template row to its positions. As many cells as positions are read as written,
/// whatever they say (a report with a real balance error keeps it). Otherwise the template's identity decides what
/// the written form leaves open: cells that only end a row (blanks) are dropped, a stray extra value is dropped when
/// exactly that balances the row, digits run together ("152000017") are split where the identity allows it, and a
/// missing cell is filled only when every placement that balances agrees on it. What no identity forces stays null.
/// </summary>
internal static class RowFit
{
    /// <summary>Enumeration stops here: past it, the row is left undecided rather than slowing every report down.</summary>
    private const int StepBudget = 200_000;

    /// <summary>Counts of table 三 and 四 have at most six digits (a million requests); longer pieces are not one count.</summary>
    private const int MaxDigits = 6;

    public static FittedRow Fit(IReadOnlyList<string> written, RowShape shape) =>
        written.Any(IsWrapped) ? FitWrapped(written, shape) : FitCells(written, shape);

    /// <summary>A number written over lines inside its cell ("300\n1": a narrow column wrapped it, and a text layout kept the pieces apart).</summary>
    private static bool IsWrapped(string text) => text.Contains('\n', StringComparison.Ordinal);

    /// <summary>
    /// A row with numbers wrapped inside their cells: when its cells fill the row, each wrapped number is joined where
    /// its group balances with it (the identity confirms the join) and left unread where it does not. Otherwise the
    /// pieces are the numbers written, in reading order, for the identities to join (<see cref="DropExtra"/>).
    /// </summary>
    private static FittedRow FitWrapped(IReadOnlyList<string> written, RowShape shape)
    {
        var n = shape.Count;
        var cells = written.Count == n ? written : [.. written.Where(t => !string.IsNullOrWhiteSpace(t))];
        if (cells.Count != n)
        {
            return FitCells([.. written.SelectMany(t => IsWrapped(t) ? t.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [t])], shape);
        }
        var joined = cells.Select(t => IsWrapped(t) ? string.Concat(t.Where(c => !char.IsWhiteSpace(c))) : t).ToList();
        var values = joined.Select(RequestsCount).ToArray();
        var texts = joined.ToArray<string?>();
        var bases = new InferenceBasis?[n];
        for (var i = 0; i < n; i++)
        {
            if (!IsWrapped(cells[i]))
            {
                continue;
            }
            var group = shape.GroupSize == 0 ? -1 : i / shape.GroupSize * shape.GroupSize;
            var confirmed = group >= 0 && values.Skip(group).Take(shape.GroupSize).All(v => v is not null) && shape.Holds(values[group..(group + shape.GroupSize)]);
            bases[i] = confirmed ? InferenceBasis.Identity : InferenceBasis.Unresolved;
            texts[i] = confirmed ? texts[i] : null;
        }
        var pieces = string.Join("、", cells.Where(IsWrapped).Select(t => string.Concat(t.Split('\n', StringSplitOptions.TrimEntries).Select(piece => $"“{piece}”"))));
        var reason = bases.All(b => b != InferenceBasis.Unresolved)
            ? $"数字在单元格内折行书写（{pieces}），按合计关系连读"
            : $"数字在单元格内折行书写（{pieces}），合计关系不能确认折行的数字如何连读";
        return new(texts, bases, reason);
    }

    /// <summary>
    /// A row whose values are written on two lines in an order across them that is lost (a text layout sets the total of
    /// a row with a wrapped label a line above its other values): the first line's values may stand anywhere between
    /// the second's, each line keeping its order. What every balanced reading agrees on is read.
    /// </summary>
    public static FittedRow FitLines(IReadOnlyList<string> first, IReadOnlyList<string> second, RowShape shape)
    {
        var n = shape.Count;
        if (first.Count + second.Count != n || shape.GroupSize == 0)
        {
            return Fit([.. first, .. second], shape);
        }
        var candidates = new List<(long?[] Values, bool[] Written)>();
        foreach (var places in Combinations(n, first.Count))
        {
            var values = new long?[n];
            var (a, b) = (0, 0);
            for (var i = 0; i < n; i++)
            {
                values[i] = RequestsCount(places.Contains(i) ? first[a++] : second[b++]);
            }
            if (values.All(v => v is not null) && shape.Holds(values))
            {
                candidates.Add((values, [.. values.Select(_ => true)]));
            }
        }
        return candidates.Count == 0
            ? Undecided(n, "该行数值分两行书写，且无法按合计关系确定各数值所在的列")
            : Agreement(candidates, n, "该行数值分两行书写，按合计关系确定各数值所在的列");
    }

    private static FittedRow FitCells(IReadOnlyList<string> written, RowShape shape)
    {
        var n = shape.Count;
        if (written.Count == n)
        {
            return AsWritten(written);
        }
        var filled = written.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (filled.Count == n)
        {
            return AsWritten(filled);
        }
        if (written.Count > n && filled.Count < n && Window(written, n) is { } window)
        {
            return AsWritten(window);
        }
        if (shape.GroupSize == 0)
        {
            return Undecided(n, filled.Count > n ? $"写有{filled.Count}个数值，多于应有的{n}个" : $"只写有{filled.Count}个数值，少于应有的{n}个");
        }
        return filled.Count > n ? DropExtra(filled, shape) : FillMissing(filled, shape);
    }

    private static FittedRow AsWritten(IReadOnlyList<string> texts) =>
        new([.. texts], new InferenceBasis?[texts.Count], null);

    private static FittedRow Undecided(int n, string why) =>
        new(new string?[n], Enumerable.Repeat<InferenceBasis?>(InferenceBasis.Unresolved, n).ToArray(), $"{why}，无法确定各数值所在的列，未读取");

    /// <summary>
    /// Blank cells around a row's values that pad it out to the width of its table (a markdown row with more columns
    /// than the template): the one run of <paramref name="n"/> cells that holds every written value, when there is one.
    /// </summary>
    private static List<string>? Window(IReadOnlyList<string> written, int n)
    {
        var first = written.ToList().FindIndex(t => !string.IsNullOrWhiteSpace(t));
        var last = written.ToList().FindLastIndex(t => !string.IsNullOrWhiteSpace(t));
        var starts = Enumerable.Range(0, written.Count - n + 1).Where(s => first < 0 || (s <= first && s + n > last)).ToList();
        return starts.Count == 1 ? [.. written.Skip(starts[0]).Take(n)] : null;
    }

    /// <summary>
    /// Too many cells: a stray value (a page number, a cell repeated) is dropped when exactly one way of dropping
    /// balances the row; pieces of numbers wrapped inside their cells (<c>pdftotext -raw</c> writes "300" and "1" for
    /// 3001) are joined where the identities allow it. What every balanced reading agrees on is read.
    /// </summary>
    private static FittedRow DropExtra(List<string> filled, RowShape shape)
    {
        var joins = Joins(filled, shape);
        var dropped = Drop(filled, shape);
        if (joins.Count == 0)
        {
            return dropped;
        }
        if (dropped.Texts.All(t => t is null))
        {
            return Agreement(joins, shape.Count, joins.Count == 1 ? "数字折行分开书写，按合计关系连读" : "数字折行分开书写，有多种连读都符合合计关系");
        }
        var kept = dropped.Texts.Select(t => t is null ? null : RequestsCount(t)).ToArray();
        return Agreement([.. joins, (kept, [.. kept.Select(_ => true)])], shape.Count, $"写有{filled.Count}个数值，多于应有的{shape.Count}个，舍去或连读都符合合计关系");
    }

    /// <summary>A stray value (a page number, a cell repeated) is dropped when exactly one way of dropping balances the row.</summary>
    private static FittedRow Drop(List<string> filled, RowShape shape)
    {
        var extra = filled.Count - shape.Count;
        if (extra > 2)
        {
            return Undecided(shape.Count, $"写有{filled.Count}个数值，多于应有的{shape.Count}个");
        }
        var fits = new List<(int[] Dropped, List<string> Kept)>();
        foreach (var dropped in Combinations(filled.Count, extra))
        {
            var kept = filled.Where((_, i) => !dropped.Contains(i)).ToList();
            if (shape.Holds([.. kept.Select(RequestsCount)]))
            {
                fits.Add((dropped, kept));
            }
        }
        // Text where a number goes ("4/5" of a page margin) is the likelier stray: readings that keep none are preferred.
        var clean = fits.Where(f => f.Kept.All(t => CellValue.Parse(t).Kind != CellKind.Invalid)).ToList();
        var distinct = (clean.Count > 0 ? clean : fits).DistinctBy(f => string.Join(",", f.Kept)).ToList();
        if (distinct.Count != 1)
        {
            return Undecided(shape.Count, $"写有{filled.Count}个数值，多于应有的{shape.Count}个，且{(distinct.Count == 0 ? "去掉任何一个都不平衡" : "有多种去法都平衡")}");
        }
        var strays = string.Join("、", distinct[0].Dropped.Select(i => $"“{filled[i]}”"));
        return new([.. distinct[0].Kept], new InferenceBasis?[shape.Count], $"多出数值{strays}，按合计关系舍去");
    }

    /// <summary>
    /// Too few cells: the readings are the splits of digits run together and the placements of missing cells (when at
    /// most two are missing) that balance the row; what they all agree on is read.
    /// </summary>
    private static FittedRow FillMissing(List<string> filled, RowShape shape)
    {
        var n = shape.Count;
        var splits = Splits(filled, shape);
        var placements = n - filled.Count <= 2 ? Placements(filled, shape) : [];
        if (splits.Count + placements.Count == 0)
        {
            return Undecided(n, $"只写有{filled.Count}个数值，少于应有的{n}个，且无法按合计关系确定各列");
        }
        var reason = placements.Count == 0
            ? (splits.Count == 1 ? "数字连写，按合计关系拆分" : "数字连写，有多种拆分都符合合计关系")
            : $"只写有{filled.Count}个数值，少于应有的{n}个，按合计关系推断";
        return Agreement([.. splits, .. placements], n, reason);
    }

    /// <summary>
    /// Each position takes the value every candidate reading agrees on; a position they disagree on stays null. A value
    /// is as written when it is a whole written cell at the same place in every candidate.
    /// </summary>
    private static FittedRow Agreement(List<(long?[] Values, bool[] Written)> candidates, int n, string reason)
    {
        var texts = new string?[n];
        var bases = new InferenceBasis?[n];
        for (var i = 0; i < n; i++)
        {
            var first = candidates[0].Values[i];
            var agreed = first is not null && candidates.All(c => c.Values[i] == first);
            texts[i] = agreed ? first!.Value.ToString(CultureInfo.InvariantCulture) : null;
            bases[i] = !agreed ? InferenceBasis.Unresolved
                : candidates.All(c => c.Written[i]) ? null
                : InferenceBasis.Identity;
        }
        return new(texts, bases, reason) { Candidates = candidates.Count > 1 ? [.. candidates.Select(c => c.Values)] : [] };
    }

    private static List<(long?[] Values, bool[] Written)> Splits(List<string> filled, RowShape shape)
    {
        var tokens = filled.Select(t => t.Trim()).ToList();
        if (!tokens.Any(t => t.Length > 1 && t.All(char.IsAsciiDigit)))
        {
            return [];
        }
        var results = new List<(long?[] Values, bool[] Written)>();
        var values = new List<long?>();
        var written = new List<bool>();
        var steps = 0;
        var complete = true;

        void Walk(int token, int offset)
        {
            if (++steps > StepBudget)
            {
                complete = false;
                return;
            }
            if (token == tokens.Count)
            {
                if (values.Count == shape.Count && shape.Holds(values))
                {
                    results.Add(([.. values], [.. written]));
                }
                return;
            }
            var text = tokens[token];
            var remainingValues = shape.Count - values.Count;
            if (remainingValues < tokens.Count - token)
            {
                return;
            }
            if (!text.All(char.IsAsciiDigit))
            {
                // A placeholder or a number with a unit is one cell, never split.
                if (offset > 0)
                {
                    return;
                }
                Push(RequestsCount(text), true);
                Walk(token + 1, 0);
                Pop();
                return;
            }
            var longest = text[offset] == '0' ? 1 : Math.Min(MaxDigits, text.Length - offset);
            for (var length = 1; length <= longest; length++)
            {
                var end = offset + length;
                var wholeCell = offset == 0 && end == text.Length;
                Push(long.Parse(text.AsSpan(offset, length), NumberStyles.None, CultureInfo.InvariantCulture), wholeCell);
                if (values.Count % shape.GroupSize != 0 || shape.Holds(values))
                {
                    if (end == text.Length)
                    {
                        Walk(token + 1, 0);
                    }
                    else
                    {
                        Walk(token, end);
                    }
                }
                Pop();
            }
        }
        void Push(long? value, bool whole)
        {
            values.Add(value);
            written.Add(whole);
        }
        void Pop()
        {
            values.RemoveAt(values.Count - 1);
            written.RemoveAt(written.Count - 1);
        }

        Walk(0, 0);
        return complete ? results : [];
    }

    /// <summary>
    /// Every reading of the cells as the row's values, each value one cell or the digits of consecutive cells joined
    /// (never a number starting with 0), that balances the row.
    /// </summary>
    private static List<(long?[] Values, bool[] Written)> Joins(List<string> filled, RowShape shape)
    {
        var tokens = filled.Select(t => t.Trim()).ToList();
        if (shape.GroupSize == 0 || !tokens.All(t => t.Length > 0 && t.All(char.IsAsciiDigit)))
        {
            return [];
        }
        var results = new List<(long?[] Values, bool[] Written)>();
        var values = new List<long?>();
        var written = new List<bool>();
        var steps = 0;
        var complete = true;

        void Walk(int token)
        {
            if (++steps > StepBudget)
            {
                complete = false;
                return;
            }
            if (token == tokens.Count)
            {
                if (values.Count == shape.Count && shape.Holds(values))
                {
                    results.Add(([.. values], [.. written]));
                }
                return;
            }
            var remaining = shape.Count - values.Count;
            if (remaining <= 0 || tokens.Count - token < remaining)
            {
                return;
            }
            var digits = "";
            for (var end = token; end < tokens.Count - (remaining - 1); end++)
            {
                digits += tokens[end];
                if (digits.Length > MaxDigits || (end > token && tokens[token][0] == '0'))
                {
                    break;
                }
                values.Add(long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
                written.Add(end == token);
                if (values.Count % shape.GroupSize != 0 || shape.Holds(values))
                {
                    Walk(end + 1);
                }
                values.RemoveAt(values.Count - 1);
                written.RemoveAt(written.Count - 1);
            }
        }

        Walk(0);
        return complete ? results : [];
    }

    /// <summary>Every placement of the missing cells whose value the identity forces (or that is unknown), balanced.</summary>
    private static List<(long?[] Values, bool[] Written)> Placements(List<string> filled, RowShape shape)
    {
        var n = shape.Count;
        var counts = filled.Select(RequestsCount).ToList();
        var results = new List<(long?[] Values, bool[] Written)>();
        foreach (var missing in Combinations(n, n - filled.Count))
        {
            var values = new long?[n];
            var written = new bool[n];
            var next = 0;
            for (var i = 0; i < n; i++)
            {
                if (!missing.Contains(i))
                {
                    values[i] = counts[next++];
                    written[i] = true;
                }
            }
            foreach (var position in missing)
            {
                values[position] = Forced(values, position, shape);
            }
            if (missing.All(p => values[p] is >= 0) && shape.Holds(values))
            {
                results.Add((values, written));
            }
        }
        return results;
    }

    /// <summary>The value a position must have for its group to balance, when every other value of the group is known.</summary>
    private static long? Forced(long?[] values, int position, RowShape shape)
    {
        var group = position / shape.GroupSize * shape.GroupSize;
        var last = group + shape.GroupSize - 1;
        long sum = 0;
        for (var i = group; i < last; i++)
        {
            if (i == position)
            {
                continue;
            }
            if (values[i] is not { } value)
            {
                return null;
            }
            sum += value;
        }
        if (position == last)
        {
            return sum;
        }
        return values[last] is { } total ? total - sum : null;
    }

    private static long? RequestsCount(string text) => CellValue.Parse(text).Count;

    /// <summary>Every choice of <paramref name="k"/> positions out of <paramref name="n"/>, ascending.</summary>
    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }
        for (var first = 0; first <= n - k; first++)
        {
            foreach (var rest in Combinations(n - first - 1, k - 1))
            {
                yield return [first, .. rest.Select(r => r + first + 1)];
            }
        }
    }
}
