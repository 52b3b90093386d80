using System.Diagnostics.Metrics;
using DocumentUploads.Telemetry;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>Deletes finished documents older than <c>Retention:FinishedAfter</c> every <c>Retention:Interval</c>, in
/// slices of <c>Retention:SliceSize</c>, and records each purge for the dashboard. Replicas may purge at once: a
/// document deleted twice is harmless (PostgreSQL's row locks make the second slice skip it).</summary>
public sealed partial class RetentionPurger : BackgroundService
{
    private readonly IRetentionStore _store;
    private readonly IOptionsMonitor<RetentionSettings> _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<RetentionPurger> _logger;
    private readonly Counter<long> _deleted;

    public RetentionPurger(IRetentionStore store, IOptionsMonitor<RetentionSettings> settings, TimeProvider time,
        ServiceTelemetry telemetry, ILogger<RetentionPurger> logger)
    {
        _store = store;
        _settings = settings;
        _time = time;
        _logger = logger;
        _deleted = telemetry.Meter.CreateCounter<long>("documentuploads.retention.deleted", "{document}",
            "Finished documents deleted by retention.");
    }

    // Documents kept an hour longer are harmless: a failed purge is logged and the next tick tries again.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(_settings.CurrentValue.Interval, _time,
            ct => _settings.CurrentValue.Enabled ? PurgeAsync(ct) : Task.CompletedTask, LogPurgeFailed, stoppingToken);

    /// <summary>One purge: slices until none is full, then records the run (also a failed one, with what it deleted
    /// before the error, which is rethrown).</summary>
    public async Task<RetentionRun> PurgeAsync(CancellationToken cancellationToken)
    {
        var settings = _settings.CurrentValue;
        var startedAt = _time.GetUtcNow();
        var deleteBefore = RetentionRules.DeleteBefore(startedAt, settings.FinishedAfter);
        long documents = 0, rows = 0;
        try
        {
            while (true)
            {
                var sliceStarted = _time.GetTimestamp();
                var slice = await _store.DeleteSliceAsync(deleteBefore, settings.SliceSize, cancellationToken);
                documents += slice.Documents;
                rows += slice.Rows;
                _deleted.Add(slice.Documents);
                if (!RetentionRules.MoreToDelete(slice.Documents, settings.SliceSize)) break;
                var pause = RetentionRules.PauseAfter(_time.GetElapsedTime(sliceStarted), settings.SlicePause);
                if (pause > TimeSpan.Zero) await Task.Delay(pause, _time, cancellationToken);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await SaveAsync(RetentionRun.Failed);
            LogPurgeStopped(documents, rows, ex);
            throw;
        }
        var run = await SaveAsync(RetentionRun.Completed);
        LogPurged(documents, rows, deleteBefore);
        return run;

        async Task<RetentionRun> SaveAsync(string outcome)
        {
            var run = new RetentionRun(Guid.CreateVersion7(startedAt), startedAt, _time.GetUtcNow(), deleteBefore, outcome, documents, rows);
            await _store.SaveRunAsync(run, cancellationToken);
            return run;
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Retention deleted {Documents} finished documents ({Rows} rows) last changed before {DeleteBefore:O}")]
    private partial void LogPurged(long documents, long rows, DateTimeOffset deleteBefore);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "Retention stopped after deleting {Documents} documents ({Rows} rows); the next run continues")]
    private partial void LogPurgeStopped(long documents, long rows, Exception exception);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Retention purge failed; the next run tries again")]
    private partial void LogPurgeFailed(Exception exception);
}
