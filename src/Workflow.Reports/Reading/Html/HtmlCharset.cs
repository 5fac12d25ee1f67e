using System.Text;
using AngleSharp.Html.Parser;

namespace Workflow.Reports.Reading.Html;

/// <summary>
/// Turns the bytes of a page into text the way a browser would: a byte-order mark first, then the charset the
/// page declares (&lt;meta charset&gt; or http-equiv Content-Type), else UTF-8 when the bytes are valid UTF-8 and
/// GB18030 (a superset of GBK and GB2312, what undeclared Chinese government pages are written in) otherwise.
/// </summary>
internal static class HtmlCharset
{
    /// <summary>Browsers look for the declaration in the first 1024 bytes; pages with long heads put it later.</summary>
    private const int PrescanBytes = 4096;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var declared = Declared(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        if (declared is not null)
        {
            return declared.GetString(bytes);
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
        }
        try
        {
            return Gb18030(throwOnInvalid: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableReportException(
                "bad-encoding",
                "无法识别网页的文字编码：内容既不是有效的 UTF-8，也不是 GBK/GB18030。请在网页中声明编码（如 <meta charset=\"utf-8\">）或另存为 UTF-8 后重新提交。");
        }
    }

    /// <summary>The encoding named in the head, read with the HTML parser from a Latin-1 view of the first bytes.</summary>
    private static Encoding? Declared(ReadOnlySpan<byte> head)
    {
        var document = new HtmlParser().ParseDocument(Encoding.Latin1.GetString(head));
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("charset") ?? CharsetParameter(meta.GetAttribute("content"));
            if (name is not null && Resolve(name.Trim()) is { } encoding)
            {
                return encoding;
            }
        }
        return null;
    }

    private static string? CharsetParameter(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }
        var at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }
        var value = contentType[(at + "charset".Length)..].TrimStart();
        if (!value.StartsWith('='))
        {
            return null;
        }
        value = value[1..].Trim().Trim('"', '\'');
        var end = value.IndexOfAny([';', ' ', '"', '\'']);
        return end < 0 ? value : value[..end];
    }

    private static Encoding? Resolve(string name)
    {
        switch (name.ToLowerInvariant())
        {
            case "gbk" or "gb2312" or "gb_2312-80" or "x-gbk" or "gb18030" or "cp936" or "windows-936" or "csgb2312" or "chinese":
                return Gb18030(throwOnInvalid: false);
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return Encoding.UTF8;
        }
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Gb18030(bool throwOnInvalid) =>
        CodePagesEncodingProvider.Instance.GetEncoding(
            54936,
            EncoderFallback.ReplacementFallback,
            throwOnInvalid ? DecoderFallback.ExceptionFallback : DecoderFallback.ReplacementFallback)
        ?? throw new InvalidOperationException("GB18030 is not available");
}
