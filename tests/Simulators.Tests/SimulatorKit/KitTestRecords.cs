using System.Collections.Concurrent;
using DocumentUploads.SimulatorKit.Uploads;

namespace DocumentUploads.Simulators.Tests.SimulatorKit;

public sealed class KitTestRecords : IRecordedUploads<int, KitTestRecord>
{
    private readonly ConcurrentDictionary<int, KitTestRecord> _records = new();

    public void Add(KitTestRecord record) => _records[record.Id] = record;

    public KitTestRecord? Find(int id) => _records.GetValueOrDefault(id);

    public void Clear() => _records.Clear();
}
