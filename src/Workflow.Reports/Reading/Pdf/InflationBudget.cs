namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// How much the compressed streams of one document may decode to. Each stream's length is first counted without
/// keeping its output (<see cref="FlateLength"/>, <see cref="LzwLength"/>, <see cref="RunLengthLength"/>), so a bomb costs time bounded by the limit
/// and almost no memory.
/// </summary>
internal sealed class InflationBudget
{
    /// <summary>Page contents of a report are tens of kilobytes and embedded font subsets a few megabytes.</summary>
    public const int MaxStreamBytes = 16 * 1024 * 1024;

    public const long MaxDocumentBytes = 128L * 1024 * 1024;

    private long inflated;

    /// <exception cref="UnreadableReportException">Code "too-complex": the stream or the document inflates past its bound.</exception>
    public void Admit(long length)
    {
        inflated += length;
        if (length > MaxStreamBytes || inflated > MaxDocumentBytes)
        {
            throw new UnreadableReportException(
                "too-complex",
                "PDF 文件中的内容解压后过大，不像一份政府信息公开工作年度报告，已停止读取。请提交报告的 Word（.docx）或文本版本。");
        }
    }
}
