using System.Diagnostics.Metrics;

namespace DocumentUploads.TestSupport;

/// <summary>Records every measurement one meter's instruments make (long and double), with its tags as strings,
/// from creation until disposed.</summary>
public sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, Dictionary<string, string?> Tags)> _measurements = [];

    public MeasurementRecorder(Meter meter)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == meter) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((i, _, tags, _) => Add(i, tags));
        _listener.SetMeasurementEventCallback<double>((i, _, tags, _) => Add(i, tags));
        _listener.Start();
    }

    public IReadOnlyList<(string Instrument, Dictionary<string, string?> Tags)> Measurements
    {
        get
        {
            lock (_measurements) return _measurements.ToList();
        }
    }

    private void Add(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var recorded = (instrument.Name, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString()));
        lock (_measurements) _measurements.Add(recorded);
    }

    public void Dispose() => _listener.Dispose();
}
