namespace Workflow.Reports.Reading.Docx;

/// <summary>
/// Reads a zip entry while counting what it expands to, and stops the reading as soon as the entry exceeds its
/// declared size or the package its total budget, so a lying central directory cannot make us inflate more.
/// </summary>
internal sealed class BoundedStream(Stream inner, long declared, Func<long, bool> withinBudget) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        read += n;
        if (read > declared || !withinBudget(n))
        {
            throw new UnreadableReportException("zip-bomb", DocxPackage.TooBig().Message);
        }
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
