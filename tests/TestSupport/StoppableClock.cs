namespace DocumentUploads.TestSupport;

/// <summary>Real time until a test stops it; then it moves only when the test advances it. The
/// simulators move a document one step per step duration of their clock, so a test that checks
/// each step on a stopped clock cannot race a slow machine, while tests that just wait for the end
/// keep the real clock.</summary>
public sealed class StoppableClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _stoppedAt;
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _stoppedAt ?? System.GetUtcNow() + _offset;
    }

    /// <summary>Holds the clock still until the returned handle is disposed; it then runs on from
    /// where it stood (never backwards), so the next test of a shared fixture gets a running clock.</summary>
    public IDisposable Stop()
    {
        lock (_gate)
        {
            if (_stoppedAt is not null) throw new InvalidOperationException("The clock is already stopped.");
            _stoppedAt = System.GetUtcNow() + _offset;
        }
        return new Restart(this);
    }

    /// <summary>Moves a stopped clock forward.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate)
        {
            _stoppedAt = (_stoppedAt ?? throw new InvalidOperationException("Only a stopped clock can be advanced.")) + by;
        }
    }

    private void Run()
    {
        lock (_gate)
        {
            if (_stoppedAt is not { } stoppedAt) return;
            _offset = stoppedAt - System.GetUtcNow();
            _stoppedAt = null;
        }
    }

    private sealed class Restart(StoppableClock clock) : IDisposable
    {
        public void Dispose() => clock.Run();
    }
}
