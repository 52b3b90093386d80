using System.Diagnostics.Metrics;
using DocumentUploads.Telemetry;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>Sends the outbox's due notices to VA Notify every <see cref="NotificationSettings.Interval"/>, one
/// attempt each, and records what became of each (<see cref="NoticeAttemptRules"/>). Replicas may all run it:
/// a notice is claimed before it is sent, and its reference makes a resend after a lost answer harmless.</summary>
public sealed partial class FailureNoticeSender : BackgroundService
{
    public const string MetricName = "documentuploads.notifications";

    private readonly INoticeStore _notices;
    private readonly FailureNoticeFlag _flag;
    private readonly IServiceProvider _services;
    private readonly VaNotifySettings _vaNotify;
    private readonly IOptionsMonitor<NotificationSettings> _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<FailureNoticeSender> _logger;
    private readonly Counter<long> _sent;

    public FailureNoticeSender(INoticeStore notices, FailureNoticeFlag flag, IServiceProvider services, VaNotifySettings vaNotify,
        IOptionsMonitor<NotificationSettings> settings, ServiceTelemetry telemetry, TimeProvider time,
        ILogger<FailureNoticeSender> logger)
    {
        _notices = notices;
        _flag = flag;
        _services = services;
        _vaNotify = vaNotify;
        _settings = settings;
        _time = time;
        _logger = logger;
        _sent = telemetry.Meter.CreateCounter<long>(MetricName, "{notification}",
            "Failure notices to veterans by kind and outcome (sent, retried, failed, skipped).");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_vaNotify.BaseAddress is null)
        {
            LogNotConfigured(_logger);
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A typed client per round, so its handler is rotated as the factory intends.
                await SendDueAsync(_services.GetRequiredService<VaNotifyClient>(), stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database or the flag store failed: the notices stay pending and are tried next round.
                LogRoundFailed(_logger, ex);
            }
            await Task.Delay(_settings.CurrentValue.Interval, _time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One round: claims the due notices and tries each once. Returns how many were claimed.</summary>
    public async Task<int> SendDueAsync(VaNotifyClient client, CancellationToken cancellationToken)
    {
        var settings = _settings.CurrentValue;
        var now = _time.GetUtcNow();
        var due = await _notices.ClaimDueAsync(now, now + 2 * settings.SendTimeout, settings.BatchSize, cancellationToken);
        if (due.Count == 0) return 0;
        var on = await _flag.IsOnAsync(cancellationToken);
        foreach (var notice in due)
        {
            var outcome = await AttemptAsync(client, notice, on, settings, cancellationToken);
            await _notices.RecordAsync(notice.DocumentSeq, outcome, _time.GetUtcNow(), cancellationToken);
            _sent.Add(1, new("kind", notice.Kind), new("outcome", outcome.MetricName));
            LogOutcome(_logger, notice.DocumentId, notice.Kind, outcome.State, outcome.NotificationId, outcome.Detail);
        }
        return due.Count;
    }

    private async Task<NoticeOutcome> AttemptAsync(VaNotifyClient client, DueNotice notice, bool on, NotificationSettings settings,
        CancellationToken cancellationToken)
    {
        if (!on)
        {
            return NoticeAttemptRules.NotSent(NoticeStates.Skipped,
                "Not sent: the document_failure_notifications flag was off when the notice fell due.");
        }
        if (NoticeKinds.TemplateOf(notice.Kind, settings.Templates) is not { Length: > 0 } template)
        {
            return NoticeAttemptRules.NotSent(NoticeStates.Failed,
                $"Not sent: no VA Notify template is configured for {notice.Kind} (Notifications:Templates).");
        }
        var result = await client.SendEmailAsync(FailureNoticeContent.Build(notice, template), cancellationToken);
        return NoticeAttemptRules.Decide(result, notice.Attempts, _time.GetUtcNow(), settings);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "VA Notify is not configured (VaNotify:BaseUrl): failure notices are queued but not sent")]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A failure-notice round failed; the notices stay queued")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    // Ids and states only: never the veteran's participant id, file name or the email's content.
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Failure notice for document {DocumentId} ({Kind}): {State} {NotificationId} {Detail}")]
    private static partial void LogOutcome(ILogger logger, Guid documentId, string kind, string state, string? notificationId,
        string? detail);
}
