using DocumentUploads.ProviderLighthouse.Json;

namespace DocumentUploads.ProviderContract.Tests.Lighthouse;

/// <summary>The pooled buffer provider-lighthouse reads Lighthouse's answers into and writes its reports to.</summary>
public sealed class PooledBufferTests
{
    [Fact]
    public async Task A_stream_far_larger_than_the_first_array_is_read_whole_and_in_order()
    {
        var bytes = new byte[300_000];
        new Random(13).NextBytes(bytes);
        using var buffer = new PooledBuffer(initialCapacity: 1000);

        await buffer.ReadFromAsync(new TrickleStream(bytes, 7_001), CancellationToken.None);

        Assert.Equal(bytes, buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Writes_through_spans_keep_what_was_written_as_it_grows()
    {
        using var buffer = new PooledBuffer(initialCapacity: 16);
        var expected = new List<byte>();
        for (var i = 0; i < 5_000; i++)
        {
            var span = buffer.GetSpan(3);
            span[0] = (byte)i;
            span[1] = (byte)(i >> 8);
            buffer.Advance(2);
            expected.AddRange([(byte)i, (byte)(i >> 8)]);
        }

        Assert.Equal(expected, buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void It_cannot_be_advanced_past_what_it_handed_out()
    {
        using var buffer = new PooledBuffer(initialCapacity: 16);
        var free = buffer.GetSpan().Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(free + 1));
    }

    /// <summary>Hands out at most a few bytes a read, as a network stream does.</summary>
    private sealed class TrickleStream(byte[] bytes, int perRead) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default) =>
            base.ReadAsync(destination[..Math.Min(destination.Length, perRead)], cancellationToken);
    }
}
