using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>Keeps a running cycle's lease alive by renewing it every <see cref="PollingSettings.LeaseRenewalInterval"/>,
/// independent of how the cycle's pages are doing, so a live holder never loses it to a slow page and a dead
/// one blocks the next cycle for at most <see cref="PollingSettings.LeaseDuration"/>. When the lease is lost
/// (another holder has it, or no renewal got through before it ran out) <see cref="HeldToken"/> is cancelled.</summary>
public sealed partial class PollLeaseHeartbeat : IDisposable
{
    private readonly IDocumentStore _store;
    private readonly string _name;
    private readonly string _holder;
    private readonly PollingSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _held;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewals;
    private volatile bool _lost;

    public PollLeaseHeartbeat(IDocumentStore store, string name, string holder, PollingSettings settings, TimeProvider time,
        ILogger logger, CancellationToken stopping)
    {
        _logger = logger;
        _store = store;
        _name = name;
        _holder = holder;
        _settings = settings;
        _time = time;
        _held = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _renewals = Task.Run(RenewUntilStoppedAsync, CancellationToken.None);
    }

    /// <summary>Cancelled when the service stops or the lease is lost.</summary>
    public CancellationToken HeldToken => _held.Token;

    public bool IsLost => _lost;

    /// <summary>Stops renewing (the cycle is over; the poller releases the lease itself).</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _renewals;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _renewals.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
        _held.Dispose();
    }

    private async Task RenewUntilStoppedAsync()
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, _held.Token);
        var renewedAt = _time.GetUtcNow();
        try
        {
            while (true)
            {
                await Task.Delay(_settings.LeaseRenewalInterval, _time, both.Token);
                var now = _time.GetUtcNow();
                try
                {
                    if (await _store.TryAcquireLeaseAsync(_name, _holder, now, _settings.LeaseDuration, both.Token))
                    {
                        renewedAt = now;
                        continue;
                    }
                    LogTakenOver(_name);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A store hiccup: the lease still runs until renewedAt + LeaseDuration; try again next beat.
                    LogRenewalFailed(e, _name);
                    if (_time.GetUtcNow() - renewedAt < _settings.LeaseDuration - _settings.LeaseRenewalInterval) continue;
                }
                _lost = true;
                await _held.CancelAsync();
                return;
            }
        }
        catch (OperationCanceledException)
        {
            // The cycle ended, or the service is stopping.
        }
    }

    [LoggerMessage(EventId = 2011, Level = LogLevel.Error, Message = "Lease {Lease} is held by another holder; this cycle stops")]
    private partial void LogTakenOver(string lease);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "Could not renew lease {Lease}; trying again")]
    private partial void LogRenewalFailed(Exception e, string lease);
}
