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

    /// <summary>One pass over a text file: whether every byte is allowed in it (stopping at the first that is
    /// not) and whether it holds an <see cref="HtmlInText"/> marker. Slices overlap by the longest marker, so
    /// none is missed at a slice boundary.</summary>
    public static async Task<(bool AllAscii, bool ContainsHtml)> ScanTextAsync(Stream stream, CancellationToken cancellationToken)
    {
        stream.Position = 0;
        var overlap = HtmlInText.Overlap;
        var buffer = ArrayPool<byte>.Shared.Rent(ScanBufferLength + overlap);
        try
        {
            var html = false;
            var kept = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(kept, ScanBufferLength), cancellationToken)) > 0)
            {
                if (AsciiText.IndexOfNonAscii(buffer.AsSpan(kept, read)) >= 0) return (false, html);
                var length = kept + read;
                html = html || HtmlInText.ContainsMarker(buffer.AsSpan(0, length));
                kept = Math.Min(overlap, length);
                buffer.AsSpan(length - kept, kept).CopyTo(buffer);
            }
            return (true, html);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
