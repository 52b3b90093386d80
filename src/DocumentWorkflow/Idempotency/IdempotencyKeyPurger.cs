using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>Deletes idempotency keys older than <c>Idempotency:RetainFor</c> every <c>Idempotency:PurgeInterval</c>,
/// so the table holds about a day of uploads instead of growing for ever. Replicas may purge at once: deleting
/// a row twice is harmless.</summary>
public sealed partial class IdempotencyKeyPurger(
    IIdempotencyStore keys, IOptionsMonitor<IdempotencySettings> settings, TimeProvider time, ILogger<IdempotencyKeyPurger> logger)
    : BackgroundService
{
    /// <summary>Keys deleted per statement.</summary>
    public const int SliceSize = 1000;

    // Keys kept a little longer are harmless: a failed purge is logged and the next tick tries again.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(settings.CurrentValue.PurgeInterval, time, PurgeAsync, LogPurgeFailed, stoppingToken);

    /// <summary>One purge: slices until the old keys are gone. Returns how many were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var createdBefore = time.GetUtcNow() - settings.CurrentValue.RetainFor;
        var total = 0;
        int deleted;
        do
        {
            deleted = await keys.PurgeAsync(createdBefore, SliceSize, cancellationToken);
            total += deleted;
        }
        while (deleted == SliceSize);
        if (total > 0) LogPurged(total, createdBefore);
        return total;
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Purged {Count} idempotency keys first used before {CreatedBefore:O}")]
    private partial void LogPurged(int count, DateTimeOffset createdBefore);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Purging old idempotency keys failed; the next run tries again")]
    private partial void LogPurgeFailed(Exception exception);
}
