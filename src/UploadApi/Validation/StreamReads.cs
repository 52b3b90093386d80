using System.Buffers;

namespace DocumentUploads.UploadApi.Validation;

/// <summary>The only ways the validator reads a file: a small range at an offset, or a streamed scan with
/// a fixed buffer. Nothing here holds more than a few KB of the file.</summary>
public static class StreamReads
{
    private const int ScanBufferLength = 64 * 1024;

    public static async Task<byte[]> ReadRangeAsync(Stream stream, long offset, int count, CancellationToken cancellationToken)
    {
        var length = (int)Math.Min(count, Math.Max(0, stream.Length - offset));
        var buffer = new byte[length];
        stream.Position = offset;
        var read = await stream.ReadAtLeastAsync(buffer, length, throwOnEndOfStream: false, cancellationToken);
        return read == length ? buffer : buffer[..read];
    }

    public static Task<byte[]> ReadTailAsync(Stream stream, int count, CancellationToken cancellationToken) =>
        ReadRangeAsync(stream, Math.Max(0, stream.Length - count), count, cancellationToken);

    /// <summary>Whether every byte from the start is allowed in a text file, stopping at the first that is not.</summary>
    public static async Task<bool> IsAllAsciiAsync(Stream stream, CancellationToken cancellationToken)
    {
        stream.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(ScanBufferLength);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, ScanBufferLength), cancellationToken)) > 0)
            {
                if (AsciiText.IndexOfNonAscii(buffer.AsSpan(0, read)) >= 0) return false;
            }
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
