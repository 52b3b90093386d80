namespace DocumentUploads.Contracts.Providers;

/// <summary>Wraps the caller's file part while it is streamed upstream: stops it at the size
/// limit, and marks a failure reading it so that failure (which surfaces from inside the HTTP
/// client) is told apart from a failure of the upstream call.</summary>
public sealed class CallerBodyStream(Stream inner, long maxBytes) : Stream
{
    private long _total;

    /// <summary>Bytes of the file read so far (all of it once the upstream call has sent it).</summary>
    public long BytesRead => _total;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int read;
        try
        {
            read = inner.Read(buffer, offset, count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw CallerBodyException.ReadFailed(e);
        }
        return Counted(read);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw CallerBodyException.ReadFailed(e);
        }
        return Counted(read);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // Checked here rather than left to the API: it would answer 413 while we are still sending,
    // and the HTTP client would only see a broken connection.
    private int Counted(int read)
    {
        _total += read;
        if (_total > maxBytes) throw CallerBodyException.OverLimit(maxBytes);
        return read;
    }
}
