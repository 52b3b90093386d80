using System.Buffers;

namespace DocumentUploads.ProviderLighthouse.Json;

/// <summary>A growable byte buffer rented from <see cref="ArrayPool{T}.Shared"/>: a status answer or report is a few
/// hundred kilobytes, which as a fresh array would be a large-object allocation per request. Dispose returns the
/// array; a buffer never disposed (a request that failed half-way) is simply collected.</summary>
public sealed class PooledBuffer(int initialCapacity = PooledBuffer.DefaultCapacity) : IBufferWriter<byte>, IDisposable
{
    public const int DefaultCapacity = 64 * 1024;

    /// <summary>The room <see cref="ReadFromAsync"/> makes before each read.</summary>
    public const int MinimumRead = 16 * 1024;

    private byte[] _array = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 1));
    private int _written;

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _written);

    public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, _written);

    /// <summary>Appends everything <paramref name="stream"/> has left.</summary>
    public async Task ReadFromAsync(Stream stream, CancellationToken cancellationToken)
    {
        int read;
        while ((read = await stream.ReadAsync(GetMemory(MinimumRead), cancellationToken)) > 0) Advance(read);
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _array.Length - _written);
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var free = EnsureFree(sizeHint); // first: it may replace the array
        return _array.AsMemory(free);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var free = EnsureFree(sizeHint);
        return _array.AsSpan(free);
    }

    public void Dispose()
    {
        var array = _array;
        _array = [];
        _written = 0;
        if (array.Length > 0) ArrayPool<byte>.Shared.Return(array);
    }

    /// <summary>Grows (doubling) until <paramref name="sizeHint"/> bytes (at least one) are free; returns where they start.</summary>
    private int EnsureFree(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed > _array.Length)
        {
            ObjectDisposedException.ThrowIf(_array.Length == 0, this);
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _array.Length * 2));
            WrittenSpan.CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = bigger;
        }
        return _written;
    }
}
