using System.Collections.Concurrent;
using DocumentUploads.SimulatorKit.Uploads;

namespace DocumentUploads.LighthouseSim.Simulation;

/// <summary>All uploads, in memory only. Request ids start at the start-up time in Unix
/// milliseconds, so a restarted simulator never hands out an id it used before. Seeded ranges
/// take their ids from the same sequence, so they never collide with real uploads.</summary>
public sealed class UploadStore(TimeProvider time) : IRecordedUploads<long, RecordedUpload>
{
    private readonly ConcurrentDictionary<long, RecordedUpload> _uploads = new();
    private readonly Lock _seedGate = new();
    private long _lastRequestId = time.GetUtcNow().ToUnixTimeMilliseconds() - 1;
    // Replaced whole under the gate, read without it: lookups never block on a seed.
    private volatile SeededRange[] _seeded = [];

    public int Count => _uploads.Count;

    public long NextRequestId() => Interlocked.Increment(ref _lastRequestId);

    public void Add(RecordedUpload upload) => _uploads[upload.RequestId] = upload;

    /// <summary>Reserves <paramref name="count"/> consecutive ids and makes them answer by rule.</summary>
    public SeededRange Seed(long count, int completedEvery, DateTimeOffset uploadedAt)
    {
        var first = Interlocked.Add(ref _lastRequestId, count) - count + 1;
        var range = new SeededRange(first, count, completedEvery, uploadedAt);
        lock (_seedGate) _seeded = [.. _seeded, range];
        return range;
    }

    public RecordedUpload? Find(long requestId)
    {
        if (_uploads.TryGetValue(requestId, out var upload)) return upload;
        foreach (var range in _seeded)
        {
            if (range.Contains(requestId)) return range.UploadOf(requestId);
        }
        return null;
    }

    /// <summary>Forgets every upload, seeded ranges included (ids are never reused).</summary>
    public void Clear()
    {
        _uploads.Clear();
        lock (_seedGate) _seeded = [];
    }
}
