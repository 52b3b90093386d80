namespace DocumentUploads.UploadApi.Tests.Support;

/// <summary>A file of any length that exists only as its first and last bytes, with a filler byte in
/// between, produced lazily: a 150 MB upload costs nothing to test. Counts every byte read from it, so a
/// test can show how little of a large file the validator touches.</summary>
public sealed class SparseFile(long length, byte[] head, byte[] tail, byte filler = 0)
{
    private long bytesRead;

    public long Length { get; } = length;

    public long BytesRead => Interlocked.Read(ref bytesRead);

    public Stream Open() => new SparseFileStream(this);

    internal byte ByteAt(long position)
    {
        if (position < head.Length) return head[position];
        var fromTail = position - (Length - tail.Length);
        return fromTail >= 0 ? tail[fromTail] : filler;
    }

    internal void CountRead(int count) => Interlocked.Add(ref bytesRead, count);
}
