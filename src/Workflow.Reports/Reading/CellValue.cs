using System.Globalization;
using Workflow.Reports.Model;

namespace Workflow.Reports.Reading;

/// <summary>
/// A table cell as understood: "15098件" is 15098 件, "1887.214474万元" is 1887.214474 万元, "增15" is +15, "减4" is −4;
/// "—", "/", "－", "无" are placeholders and blank is blank, both without a value (a blank cell is unknown, not 0).
/// </summary>
internal readonly record struct CellValue(CellKind Kind, decimal? Value, string? Unit)
{
    // Longest first, so "万元" wins over "元".
    private static readonly string[] Units = ["万元", "亿元", "人次", "元", "件", "个", "项", "条", "次", "家", "宗"];

    // Looked up by span: cells are parsed where they are written, without a string of their own.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Placeholders =
        new HashSet<string>(["/", "\\", "-", "--", "—", "——", "–", "―", "－", "无", "…", "……", "空"]).GetAlternateLookup<ReadOnlySpan<char>>();

    public static CellValue Parse(ReadOnlySpan<char> written)
    {
        var trimmed = written.Trim();
        if (trimmed.Length > 0 && !MayStartCell(trimmed[0]))
        {
            return new CellValue(CellKind.Invalid, null, null);
        }
        if (trimmed.Length is > 0 and <= 18 && !trimmed.ContainsAnyExceptInRange('0', '9'))
        {
            return new CellValue(CellKind.Number, long.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture), null);
        }
        Span<char> buffer = written.Length <= 128 ? stackalloc char[written.Length] : new char[written.Length];
        var compact = buffer[..Compact(written, buffer)];
        if (compact.Length == 0)
        {
            return new CellValue(CellKind.Blank, null, null);
        }
        if (Placeholders.Contains(compact))
        {
            return new CellValue(CellKind.Placeholder, null, null);
        }
        return TryNumber(compact, out var value, out var unit)
            ? new CellValue(CellKind.Number, value, unit)
            : new CellValue(CellKind.Invalid, null, null);
    }

    /// <summary>The value as a count of table 三 or 四: a whole number, else null.</summary>
    public long? Count =>
        Kind == CellKind.Number && Value is { } value && value == decimal.Truncate(value)
            && value >= long.MinValue && value <= long.MaxValue
            ? (long)value
            : null;

    /// <summary>Cheap first test, since most fragments of a report are text.</summary>
    public static bool MayStartCell(char c) =>
        char.IsAsciiDigit(c) || c is (>= '０' and <= '９') or '+' or '＋' or '-' or '－' or '增' or '减' or '/' or '／' or '\\'
            or '—' or '–' or '―' or '无' or '…' or '空';

    /// <summary>The cell half-width and without white space, written into <paramref name="compact"/>; returns its length.</summary>
    private static int Compact(ReadOnlySpan<char> written, Span<char> compact)
    {
        var length = 0;
        foreach (var c in written)
        {
            var half = ChineseText.ToHalfWidth(c);
            if (!ChineseText.IsWhiteSpace(half))
            {
                compact[length++] = half;
            }
        }
        return length;
    }

    private static bool TryNumber(ReadOnlySpan<char> text, out decimal value, out string? unit)
    {
        value = 0;
        unit = null;
        var position = 0;
        var negative = false;
        if (text[0] is '增' or '+')
        {
            position = 1;
        }
        else if (text[0] is '减' or '-')
        {
            negative = true;
            position = 1;
        }

        Span<char> digits = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var count = 0;
        var sawPoint = false;
        while (position < text.Length)
        {
            var c = text[position];
            if (c is >= '0' and <= '9')
            {
                digits[count++] = c;
            }
            else if (c == '.' && !sawPoint && count > 0 && position + 1 < text.Length && char.IsAsciiDigit(text[position + 1]))
            {
                sawPoint = true;
                digits[count++] = c;
            }
            else if (c == ',' && !sawPoint && count > 0 && IsThousandsGroup(text, position))
            {
                // "3,119": a thousands separator, not a list.
            }
            else
            {
                break;
            }
            position++;
        }
        if (count == 0 || count > 28)
        {
            return false;
        }

        var rest = text[position..];
        if (rest.Length > 0)
        {
            unit = UnitOf(rest);
            if (unit is null)
            {
                return false;
            }
        }
        if (!decimal.TryParse(digits[..count], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }
        if (negative)
        {
            value = -value;
        }
        return true;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int comma)
    {
        var end = comma + 4;
        if (end > text.Length)
        {
            return false;
        }
        for (var i = comma + 1; i < end; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }
        return end == text.Length || !char.IsAsciiDigit(text[end]);
    }

    private static string? UnitOf(ReadOnlySpan<char> written)
    {
        foreach (var unit in Units)
        {
            if (written.SequenceEqual(unit))
            {
                return unit;
            }
        }
        return null;
    }
}
