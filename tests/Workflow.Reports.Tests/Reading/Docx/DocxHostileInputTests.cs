using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Workflow.Reports.Reading;
using Workflow.Reports.Reading.Docx;
using Workflow.Reports.Tests.Support;

namespace Workflow.Reports.Tests.Reading.Docx;

/// <summary>Files that are not a safe .docx end in <see cref="UnreadableReportException"/> with a Chinese message, before the SDK parses them.</summary>
public sealed class DocxHostileInputTests
{
    private static UnreadableReportException Refusal(byte[] bytes)
    {
        var refusal = Assert.Throws<UnreadableReportException>(() => new DocxReportReader().Read(bytes, ReadOptions.None));
        Assert.Matches("[\u4e00-\u9fff]{4}", refusal.Message);
        return refusal;
    }

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(zip);
        }
        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
        writer.Write(text);
    }

    [Fact]
    public void A_document_whose_text_exceeds_the_text_cap_is_refused_as_too_large_before_it_is_parsed()
    {
        // Under the 50 MB expansion cap, but far more text than any report: refused while the parts are streamed.
        var words = Zip(zip =>
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open(), Encoding.UTF8);
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>");
            var run = new string('字', 64 * 1024);
            for (var i = 0; i < (DocxReportReader.MaxTextChars / run.Length) + 2; i++)
            {
                writer.Write(run);
            }
            writer.Write("</w:t></w:r></w:p></w:body></w:document>");
        });

        var refusal = Refusal(words);

        Assert.Equal("too-large", refusal.Code);
        Assert.Contains("文字超过", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_bomb_whose_document_expands_past_the_limit_is_refused()
    {
        var bomb = Zip(zip =>
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                entry.Write(zeros);
            }
        });

        var refusal = Refusal(bomb);

        Assert.True(bomb.Length < 1024 * 1024, "the bomb itself is small");
        Assert.Equal("zip-bomb", refusal.Code);
    }

    [Fact]
    public void Zip_with_thousands_of_entries_is_refused()
    {
        var many = Zip(zip =>
        {
            for (var i = 0; i < 2000; i++)
            {
                zip.CreateEntry($"word/media/p{i}.xml");
            }
        });

        Assert.Equal("zip-bomb", Refusal(many).Code);
    }

    [Fact]
    public void Zip_whose_entry_lies_about_its_size_is_refused()
    {
        var bytes = WordReport.Build(ConsistentReports.Example());
        PatchDeclaredSizes(bytes, 100);

        var refusal = Refusal(bytes);

        Assert.True(refusal.Code is "zip-bomb" or "corrupt", refusal.Code);
    }

    /// <summary>Overwrites the uncompressed size in every local and central header, as a crafted bomb does.</summary>
    private static void PatchDeclaredSizes(byte[] zip, uint size)
    {
        for (var i = 0; i + 30 < zip.Length; i++)
        {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x03 && zip[i + 3] == 0x04)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22), size);
            }
            else if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x01 && zip[i + 3] == 0x02)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24), size);
            }
        }
    }

    private static byte[] WithDocumentXml(string xml)
    {
        using var stream = new MemoryStream();
        stream.Write(WordReport.Build(ConsistentReports.Example()));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            Entry(zip, "word/document.xml", xml);
        }
        return stream.ToArray();
    }

    [Fact]
    public void Deeply_nested_document_xml_is_refused_before_the_sdk_builds_its_tree()
    {
        const string ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        var xml = $"<w:document {ns}><w:body>" + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 50_000))
            + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 50_000)) + "</w:body></w:document>";

        Assert.Equal("too-complex", Refusal(WithDocumentXml(xml)).Code);
    }

    [Fact]
    public void Document_xml_with_entity_expansion_is_refused()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>";

        Assert.Equal("corrupt", Refusal(WithDocumentXml(xml)).Code);
    }

    [Fact]
    public void Executable_renamed_to_docx_is_refused()
    {
        var exe = new byte[4096];
        "MZ"u8.CopyTo(exe);

        Assert.Equal("unsupported-type", Refusal(exe).Code);
    }

    [Fact]
    public void Encrypted_word_file_is_refused_as_encrypted()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptedPackage"), .. new byte[512]];

        Assert.Equal("encrypted", Refusal(ole).Code);
    }

    [Fact]
    public void Legacy_doc_file_is_refused_with_a_hint_to_save_as_docx()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Encoding.Unicode.GetBytes("WordDocument"), .. new byte[1024]];

        var refusal = Refusal(ole);

        Assert.Equal("unsupported-type", refusal.Code);
        Assert.Contains(".docx", refusal.Message);
    }

    [Fact]
    public void Macro_enabled_document_is_refused()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.MacroEnabledDocument))
        {
            word.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("一、总体情况")))));
        }

        Assert.Equal("macro-enabled", Refusal(stream.ToArray()).Code);
    }

    [Fact]
    public void Document_carrying_a_vba_project_is_refused()
    {
        var docx = WordReport.Build(ConsistentReports.Example());
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/vbaProject.bin").Open();
            entry.Write(new byte[64]);
        }

        Assert.Equal("macro-enabled", Refusal(stream.ToArray()).Code);
    }

    [Fact]
    public void Truncated_docx_is_refused_as_corrupt()
    {
        var docx = WordReport.Build(ConsistentReports.Example());

        Assert.Equal("corrupt", Refusal(docx[..(docx.Length / 2)]).Code);
    }

    [Fact]
    public void Zip_that_is_not_a_word_document_is_refused()
    {
        var zip = Zip(z => Entry(z, "readme.txt", "你好"));

        Assert.Contains(Refusal(zip).Code, new[] { "corrupt", "unsupported-type" });
    }

    [Fact]
    public void Word_document_without_a_report_in_it_is_refused_as_not_a_report()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("会议通知：请于周五下午三点参加会议。")))));
        }

        Assert.Equal("not-a-report", Refusal(stream.ToArray()).Code);
    }
}
