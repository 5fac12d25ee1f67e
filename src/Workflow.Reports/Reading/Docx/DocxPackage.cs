using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;

namespace Workflow.Reports.Reading.Docx;

/// <summary>
/// Checks a .docx container before the Open XML SDK sees it: it must be a zip (not an executable, a legacy or
/// encrypted OLE file), without macros, with a bounded number of entries whose expanded size is bounded and
/// true to what the central directory declares (zip bombs lie there). Only then is it handed to the SDK.
/// </summary>
internal static class DocxPackage
{
    public const int MaxEntries = 1000;

    public const long MaxExpandedBytes = 50L * 1024 * 1024;

    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Body, table, row, cell, paragraph, run, text and a few wrappers: real documents stay far below.</summary>
    public const int MaxXmlDepth = 160;

    /// <summary>
    /// Most characters of text in the document's parts (a real report has well under 200,000). Counted while the
    /// parts are streamed once, before the Open XML SDK builds its element tree: a small file that expands to tens
    /// of megabytes of text is refused without ever being held in memory.
    /// </summary>
    public const long MaxTextChars = 4L * 1024 * 1024;

    private const uint EndOfCentralDirectory = 0x06054B50;

    /// <summary>A stream over content that passed every check.</summary>
    /// <exception cref="UnreadableReportException">The container is not a safe, readable .docx.</exception>
    public static MemoryStream Checked(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (bytes.Length == 0)
        {
            throw new UnreadableReportException("empty", "上传的文件是空的，请选择填写好的年度报告 Word 文件（.docx）。");
        }
        if (bytes.Length > MaxBytes)
        {
            throw new UnreadableReportException("too-large", $"Word 文件超过 {MaxBytes / 1024 / 1024} MB，年度报告不会这么大，请删除其中的大图片后重新提交。");
        }
        if (bytes.StartsWith("MZ"u8))
        {
            throw new UnreadableReportException("unsupported-type", "上传的文件是可执行程序（.exe），不是 Word 文档，已拒绝。请提交年度报告的 .docx 文件。");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            throw bytes.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0
                ? new UnreadableReportException("encrypted", "Word 文件设置了打开密码（已加密），无法读取。请取消密码保护后另存为 .docx 再提交。")
                : new UnreadableReportException("unsupported-type", "这是旧版 Word 文件（.doc），无法读取。请在 Word 中“另存为” .docx 格式后再提交。");
        }
        if (!bytes.StartsWith("PK\u0003\u0004"u8))
        {
            throw new UnreadableReportException("unsupported-type", "文件不是 Word 文档（.docx），无法读取。");
        }

        CheckEntryCount(bytes);
        var stream = AsStream(content);
        CheckEntries(stream);
        stream.Position = 0;
        return stream;
    }

    /// <summary>The entry count from the end-of-central-directory record, read before any entry is listed.</summary>
    private static void CheckEntryCount(ReadOnlySpan<byte> bytes)
    {
        var start = Math.Max(0, bytes.Length - 22 - ushort.MaxValue);
        for (var at = bytes.Length - 22; at >= start; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]) != EndOfCentralDirectory)
            {
                continue;
            }
            var entries = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(at + 10)..]);
            if (entries > MaxEntries)
            {
                throw TooBig();
            }
            return;
        }
        throw Corrupt();
    }

    private static void CheckEntries(MemoryStream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                throw TooBig();
            }
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                {
                    throw MacroEnabled();
                }
                declared += entry.Length;
                if (entry.Length < 0 || declared > MaxExpandedBytes)
                {
                    throw TooBig();
                }
            }

            long expanded = 0;
            bool WithinBudget(long n) => (expanded += n) <= MaxExpandedBytes;
            var text = new TextBudget();
            foreach (var entry in zip.Entries)
            {
                using var data = new BoundedStream(entry.Open(), entry.Length, WithinBudget);
                if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    CheckXml(entry.FullName, data, text);
                }
                else
                {
                    data.CopyTo(Stream.Null);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            throw Corrupt();
        }
    }

    /// <summary>
    /// Streams an XML part once: no DTDs (entity expansion), and a bounded element depth, because the SDK
    /// builds its element tree recursively and a deeply nested part would exhaust the stack.
    /// </summary>
    private static void CheckXml(string name, Stream data, TextBudget text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        using var xml = XmlReader.Create(data, settings);
        var contentTypes = name == "[Content_Types].xml";
        while (xml.Read())
        {
            if (xml.Depth > MaxXmlDepth)
            {
                throw new UnreadableReportException("too-complex", $"Word 文件中的内容嵌套超过 {MaxXmlDepth} 层，不像一份年度报告，已停止读取。");
            }
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                text.Count(xml);
            }
            if (contentTypes && xml.NodeType == XmlNodeType.Element
                && xml.GetAttribute("ContentType") is { } type && type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                throw MacroEnabled();
            }
        }
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    public static UnreadableReportException TooBig() =>
        new("zip-bomb", $"Word 文件解压后过大或包含的部件过多（上限 {MaxEntries} 个部件、{MaxExpandedBytes / 1024 / 1024} MB），疑似压缩炸弹，已拒绝。");

    public static UnreadableReportException TooMuchText() =>
        new("too-large", $"Word 文件中的文字超过 {MaxTextChars / 1024 / 1024} MB（约 {MaxTextChars / 10000} 万字），远多于任何一份年度报告（通常不到 20 万字），已拒绝。请检查文件（如是否粘贴了大量重复内容）后再提交。");

    /// <summary>Counts text in chunks, so that even one huge text node is never held as a string.</summary>
    private sealed class TextBudget
    {
        private readonly char[] chunk = new char[8192];
        private long chars;

        public void Count(XmlReader xml)
        {
            if (!xml.CanReadValueChunk)
            {
                Add(xml.Value.Length);
                return;
            }

            int n;
            while ((n = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                Add(n);
            }
        }

        private void Add(long n)
        {
            if ((chars += n) > MaxTextChars)
            {
                throw TooMuchText();
            }
        }
    }

    private static UnreadableReportException MacroEnabled() =>
        new("macro-enabled", "文件包含宏（.docm 或带宏的模板），出于安全原因不予读取。请另存为不含宏的 .docx 文件后再提交。");

    public static UnreadableReportException Corrupt() =>
        new("corrupt", "Word 文件已损坏或不完整，无法打开。请在 Word 中重新保存为 .docx 后再提交。");
}
