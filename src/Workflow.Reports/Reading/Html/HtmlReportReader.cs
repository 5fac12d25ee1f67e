using AngleSharp.Html.Parser;
using Workflow.Reports.Reading.Tables;

namespace Workflow.Reports.Reading.Html;

/// <summary>
/// Reads a report page as government sites publish it: the tables of parts 二, 三, 四 as &lt;table&gt; with
/// rowspan/colspan (possibly inside layout tables, with &lt;p&gt;/&lt;span&gt; inside cells, blank &amp;nbsp;
/// cells), the text of the parts from the rest of the page. GBK/GB2312 pages are decoded from their charset
/// declaration. Same conventions and notes as <see cref="TextReportReader"/>.
/// </summary>
public sealed class HtmlReportReader : IReportReader
{
    /// <summary>Report pages are well under 1 MB; larger uploads are refused before parsing.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    public IReadOnlyList<string> MediaTypes { get; } = ["text/html", "application/xhtml+xml"];

    public ReportReading Read(ReadOnlyMemory<byte> content, ReadOptions options)
    {
        if (content.IsEmpty)
        {
            throw new UnreadableReportException("empty", "文件为空：没有可读取的年度报告内容。");
        }
        if (content.Length > MaxBytes)
        {
            throw new UnreadableReportException("too-large", $"网页文件过大（超过 {MaxBytes / 1024 / 1024} MB），不像是一份年度报告，请检查上传的文件。");
        }
        var text = HtmlCharset.Decode(content.Span);
        if (text.Contains('\0'))
        {
            throw ReportTextDecoder.Binary();
        }
        HtmlNesting.Check(text);
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(text);
        var blocks = document.Body is { } body ? HtmlBlocks.Of(body) : [];
        return ReportTableInterpreter.Interpret(new ReportDocument(document.Title, blocks), options);
    }
}
