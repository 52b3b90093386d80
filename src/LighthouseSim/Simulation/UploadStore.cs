using System.Collections.Concurrent;
using System.Text.Json;
using DocumentUploads.SimulatorKit.Uploads;

namespace DocumentUploads.LighthouseSim.Simulation;

/// <summary>All uploads, in memory and, with <c>LighthouseSim:JournalPath</c>, in a journal read back at
/// start, so a killed and restarted simulator still answers for what it accepted, as Lighthouse would.
/// Request ids start after both the start-up time in Unix milliseconds and the largest id the journal
/// holds, so a restarted simulator never hands out an id it used before. Seeded ranges take their ids
/// from the same sequence, so they never collide with real uploads.</summary>
public sealed class UploadStore : IRecordedUploads<long, RecordedUpload>, IDisposable
{
    private readonly ConcurrentDictionary<long, RecordedUpload> _uploads = new();
    private readonly Lock _seedGate = new();
    private readonly UploadJournal<JournalEntry> _journal;
    private long _lastRequestId;
    // Replaced whole under the gate, read without it: lookups never block on a seed.
    private volatile SeededRange[] _seeded = [];

    public UploadStore(TimeProvider time, LighthouseSimOptions options)
    {
        _journal = new UploadJournal<JournalEntry>(options.JournalPath, JsonSerializerOptions.Web);
        _lastRequestId = time.GetUtcNow().ToUnixTimeMilliseconds() - 1;
        foreach (var entry in _journal.Replay())
        {
            if (entry.Upload is { } upload)
            {
                _uploads[upload.RequestId] = upload;
                _lastRequestId = Math.Max(_lastRequestId, upload.RequestId);
            }
            if (entry.Seed is { } seed)
            {
                _seeded = [.. _seeded, seed];
                _lastRequestId = Math.Max(_lastRequestId, seed.FirstRequestId + seed.Count - 1);
            }
        }
    }

    /// <summary>One journal line: an upload or a seeded range.</summary>
    private sealed record JournalEntry(RecordedUpload? Upload, SeededRange? Seed);

    public int Count => _uploads.Count;

    public long NextRequestId() => Interlocked.Increment(ref _lastRequestId);

    /// <summary>Records an upload; it is in the journal when this returns, before the upload is answered.</summary>
    public void Add(RecordedUpload upload)
    {
        _journal.Append(new JournalEntry(upload, null));
        _uploads[upload.RequestId] = upload;
    }

    /// <summary>Reserves <paramref name="count"/> consecutive ids and makes them answer by rule.</summary>
    public SeededRange Seed(long count, int completedEvery, DateTimeOffset uploadedAt)
    {
        var first = Interlocked.Add(ref _lastRequestId, count) - count + 1;
        var range = new SeededRange(first, count, completedEvery, uploadedAt);
        _journal.Append(new JournalEntry(null, range));
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
        _journal.Truncate();
        _uploads.Clear();
        lock (_seedGate) _seeded = [];
    }

    public void Dispose() => _journal.Dispose();
}
