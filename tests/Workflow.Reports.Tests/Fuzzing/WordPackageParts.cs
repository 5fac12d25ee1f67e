using System.IO.Compression;

namespace Workflow.Reports.Tests.Fuzzing;

/// <summary>Rewrites one part of a Word package and zips it again, keeping every other entry as it was.</summary>
internal static class WordPackageParts
{
    public static byte[] Rewrite(byte[] package, string entryName, Func<byte[], byte[]> rewrite)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var content = new MemoryStream();
                using (var stream = entry.Open())
                {
                    stream.CopyTo(content);
                }
                var bytes = entry.FullName == entryName ? rewrite(content.ToArray()) : content.ToArray();
                using var written = target.CreateEntry(entry.FullName).Open();
                written.Write(bytes);
            }
        }
        return output.ToArray();
    }
}
