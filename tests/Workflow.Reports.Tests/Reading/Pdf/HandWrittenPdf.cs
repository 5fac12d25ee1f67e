using System.Text;

namespace Workflow.Reports.Tests.Reading.Pdf;

/// <summary>
/// A PDF written object by object, for files no tool would make (thousands of pages, a bomb): object 1 is the
/// catalog, object 2 the page tree, then the pages and whatever streams they use.
/// </summary>
internal static class HandWrittenPdf
{
    /// <summary>Blank A4 pages.</summary>
    public static byte[] Pages(int count) =>
        Build(count, [], page => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"u8.ToArray());

    /// <summary>One page whose content stream is <paramref name="encoded"/>, declared as encoded by <paramref name="filter"/>.</summary>
    public static byte[] PageWithContent(byte[] encoded, string filter = "FlateDecode") =>
        Build(1, [Stream($"<< /Length {encoded.Length} /Filter /{filter} >>", encoded)],
            page => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"u8.ToArray());

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Encoding.ASCII.GetBytes(dictionary + "\nstream\n"), .. data, .. "\nendstream"u8];

    private static byte[] Build(int pageCount, IReadOnlyList<byte[]> afterPages, Func<int, byte[]> page)
    {
        var kids = string.Join(' ', Enumerable.Range(0, pageCount).Select(i => $"{3 + i} 0 R"));
        var objects = new List<byte[]>
        {
            "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
            Encoding.ASCII.GetBytes($"<< /Type /Pages /Kids [{kids}] /Count {pageCount} >>"),
        };
        objects.AddRange(Enumerable.Range(0, pageCount).Select(page));
        objects.AddRange(afterPages);

        using var file = new MemoryStream();
        file.Write("%PDF-1.7\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(file.Position);
            file.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            file.Write(objects[i]);
            file.Write("\nendobj\n"u8);
        }
        var xref = file.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        file.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return file.ToArray();
    }
}
