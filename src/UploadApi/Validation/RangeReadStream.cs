namespace DocumentUploads.UploadApi.Validation;

/// <summary>A read-only window [start, start + length) of a seekable stream, so one PDF stream's bytes can be
/// inflated without copying them.</summary>
public sealed class RangeReadStream : Stream
{
    private readonly Stream _inner;
    private long _remaining;

    public RangeReadStream(Stream inner, long start, long length)
    {
        _inner = inner;
        _inner.Position = start;
        _remaining = Math.Max(0, length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_remaining == 0) return 0;
        var read = _inner.Read(buffer[..(int)Math.Min(buffer.Length, _remaining)]);
        _remaining -= read;
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
