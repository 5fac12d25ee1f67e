using System.Text;
using System.Text.Json;
using Workflow.Reports.Model;
using Workflow.Reports.Rendering;

namespace Workflow.Reports.Reading;

/// <summary>
/// Reads a report.json as people save it: UTF-8 with or without a byte-order mark (Notepad writes one), or
/// UTF-16 (with a byte-order mark, or recognised by its zero bytes). A refusal says in Chinese where the JSON
/// went wrong (its JSON path and line), never a .NET type name.
/// </summary>
public static class ReportJsonReader
{
    /// <exception cref="UnreadableReportException">Code "json-invalid": not a report.json.</exception>
    public static AnnualReport Read(ReadOnlySpan<byte> bytes)
    {
        string json;
        try
        {
            json = Decode(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableReportException("json-invalid", "report.json 不是有效的 UTF-8 或 UTF-16 文本。请以 UTF-8 编码保存后再提交。");
        }

        try
        {
            return ReportJson.Deserialize(json);
        }
        catch (JsonException e)
        {
            throw new UnreadableReportException("json-invalid", Describe(e));
        }
    }

    /// <summary>The text of a JSON upload: the byte-order mark decides, else zero bytes tell UTF-16, else UTF-8.</summary>
    /// <exception cref="DecoderFallbackException">Bytes that are not text in that encoding.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var strict = (Encoding e) => Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return strict(Encoding.UTF8).GetString(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return strict(Encoding.Unicode).GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return strict(Encoding.BigEndianUnicode).GetString(bytes[2..]);
        }
        if (bytes.Length >= 2 && bytes.Length % 2 == 0 && bytes[0] != 0 && bytes[1] == 0)
        {
            return strict(Encoding.Unicode).GetString(bytes);
        }
        if (bytes.Length >= 2 && bytes.Length % 2 == 0 && bytes[0] == 0 && bytes[1] != 0)
        {
            return strict(Encoding.BigEndianUnicode).GetString(bytes);
        }

        return strict(Encoding.UTF8).GetString(bytes);
    }

    /// <summary>True when the bytes start, after a byte-order mark and white space, with '{' (UTF-8 or UTF-16).</summary>
    public static bool StartsLikeJson(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 256)];
        var even = head[..(head.Length & ~1)];
        var start =
            head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode.GetString(even[2..])
            : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode.GetString(even[2..])
            : head.Length >= 2 && head[0] != 0 && head[1] == 0 ? Encoding.Unicode.GetString(even)
            : head.Length >= 2 && head[0] == 0 && head[1] != 0 ? Encoding.BigEndianUnicode.GetString(even)
            : Encoding.Latin1.GetString(head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head);
        return start.TrimStart(' ', '\t', '\r', '\n').StartsWith('{');
    }

    private static string Describe(JsonException e)
    {
        var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $"位置 {e.Path}";
        var line = e.LineNumber is { } l ? $"第 {l + 1} 行" : "";
        var place = string.Join("，", new[] { where, line }.Where(p => p.Length > 0));
        var what = e.Message.Contains("missing required properties", StringComparison.Ordinal)
            ? "缺少必填字段"
            : e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "含有 report.json 中没有的字段"
            : e.Message.Contains("could not be converted", StringComparison.Ordinal) ? "字段的值类型不对"
            : e.Message.Contains("null", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("non-nullable", StringComparison.Ordinal) ? "必填字段为 null"
            : "不是有效的 JSON";
        return $"不是有效的报告 JSON（应符合 report.schema.json）：{what}{(place.Length > 0 ? $"（{place}）" : "")}。";
    }
}
