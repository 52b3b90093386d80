using System.Collections.Concurrent;
using DocumentUploads.SimulatorKit.Uploads;

namespace DocumentUploads.LighthouseSim.Simulation;

/// <summary>All uploads, in memory only. Request ids start at the start-up time in Unix
/// milliseconds, so a restarted simulator never hands out an id it used before.</summary>
public sealed class UploadStore(TimeProvider time) : IRecordedUploads<long, RecordedUpload>
{
    private readonly ConcurrentDictionary<long, RecordedUpload> _uploads = new();
    private long _lastRequestId = time.GetUtcNow().ToUnixTimeMilliseconds() - 1;

    public int Count => _uploads.Count;

    public long NextRequestId() => Interlocked.Increment(ref _lastRequestId);

    public void Add(RecordedUpload upload) => _uploads[upload.RequestId] = upload;

    public RecordedUpload? Find(long requestId) => _uploads.GetValueOrDefault(requestId);

    public void Clear() => _uploads.Clear();
}
