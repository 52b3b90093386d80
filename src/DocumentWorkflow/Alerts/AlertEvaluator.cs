using System.Diagnostics.Metrics;
using System.Threading.Channels;
using DocumentUploads.DocumentWorkflow.Form526;
using DocumentUploads.DocumentWorkflow.Monitoring;
using DocumentUploads.DocumentWorkflow.Notices;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.Telemetry;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Runs the alert monitors after every poll cycle and every <c>Monitoring:EvaluationInterval</c> (so a
/// dead poller is noticed): reads the facts, asks the pure monitors and reconciler what changed, writes it to the
/// store, and logs, counts and sends each firing and resolution. Evaluations run one at a time on this service's
/// own task; a poll cycle only drops a wake-up signal.</summary>
public sealed partial class AlertEvaluator : BackgroundService, IPollCycleObserver
{
    /// <summary>Late Form 526 submissions alerted one by one, oldest first; beyond them one alert says how many more.
    /// Bounds the pages a mass delay sends at once. Oldest first keeps the set stable: a newer submission never
    /// displaces an older one that is still late.</summary>
    public const int IncompleteSubmissionsLimit = 25;

    private readonly IDocumentStore _documents;
    private readonly IDocumentStatistics _statistics;
    private readonly IMonitorFactsReader _facts;
    private readonly IForm526Store _form526;
    private readonly IAlertStore _alerts;
    private readonly INoticeStore _notices;
    private readonly IAlertResponseStore _responses;
    private readonly IOptionsMonitor<MonitoringSettings> _monitoring;
    private readonly IOptionsMonitor<PollingSettings> _polling;
    private readonly IOptionsMonitor<Form526Settings> _form526Settings;
    private readonly AlertWebhookQueue _webhook;
    private readonly TimeProvider _time;
    private readonly ILogger<AlertEvaluator> _logger;
    private readonly DateTimeOffset _startedAt;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly Channel<string> _wakeUps = Channel.CreateBounded<string>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private volatile IReadOnlyList<AlertRecord>? _active;
    private volatile IReadOnlyList<AlertSilence> _silences = [];

    public AlertEvaluator(IDocumentStore documents, IDocumentStatistics statistics, IMonitorFactsReader facts,
        IForm526Store form526, IAlertStore alerts, INoticeStore notices, IAlertResponseStore responses,
        IOptionsMonitor<MonitoringSettings> monitoring, IOptionsMonitor<PollingSettings> polling,
        IOptionsMonitor<Form526Settings> form526Settings, AlertWebhookQueue webhook, ServiceTelemetry telemetry, TimeProvider time,
        ILogger<AlertEvaluator> logger)
    {
        _documents = documents;
        _statistics = statistics;
        _facts = facts;
        _form526 = form526;
        _alerts = alerts;
        _notices = notices;
        _responses = responses;
        _monitoring = monitoring;
        _polling = polling;
        _form526Settings = form526Settings;
        _webhook = webhook;
        _time = time;
        _logger = logger;
        _startedAt = time.GetUtcNow();
        telemetry.Meter.CreateObservableGauge("documentuploads.alerts.active", ObserveActive, "{alert}",
            "Active alerts (tags monitor, severity, silenced).");
    }

    /// <summary>Active alerts as of the latest evaluation; null before the first one.</summary>
    public IReadOnlyList<AlertRecord>? Active => _active;

    public void CycleFinished(PollCycleRecord cycle) => _wakeUps.Writer.TryWrite("poll-cycle");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ticks = TickAsync(stoppingToken);
        _wakeUps.Writer.TryWrite("start");
        try
        {
            await foreach (var reason in _wakeUps.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await EvaluateAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // Nothing changed in the store; the next wake-up tries again with fresh facts.
                    LogEvaluationFailed(ex, reason);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await ticks;
    }

    private async Task TickAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_monitoring.CurrentValue.EvaluationInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) _wakeUps.Writer.TryWrite("timer");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One evaluation: facts, conditions, changes. Returns the plan that was applied.</summary>
    public async Task<AlertPlan> EvaluateAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var thresholds = Thresholds();
            // Milliseconds, as the stores keep them: the fired message and the stored row then agree.
            var now = StoredTime.Now(_time);
            var facts = await ReadFactsAsync(thresholds, now, cancellationToken);
            var conditions = AlertMonitors.Evaluate(facts, thresholds, now);
            var plan = AlertReconciler.Reconcile(await _alerts.ListActiveAsync(cancellationToken), conditions);
            var silences = await _responses.ListRunningSilencesAsync(now, cancellationToken);
            var acknowledgements = await _responses.ListAcknowledgementsAsync(plan.Resolve.Select(a => a.Id).ToList(), cancellationToken);
            await ApplyAsync(plan, silences, acknowledgements, now, cancellationToken);
            _silences = silences;
            _active = await _alerts.ListActiveAsync(cancellationToken);
            return plan;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private MonitorThresholds Thresholds()
    {
        var monitoring = _monitoring.CurrentValue;
        var polling = _polling.CurrentValue;
        return new MonitorThresholds(polling.Interval, monitoring.ProviderErrorCycles, monitoring.UploadFailureRatio,
            monitoring.UploadFailureWindow, monitoring.UploadFailureMinimum, monitoring.FailureSpikeThreshold,
            monitoring.FailureSpikeWindow, polling.StuckAfter, polling.TimeoutAfter, _form526Settings.CurrentValue.CompletionSla,
            monitoring.NoticeFailureThreshold, monitoring.NoticeFailureWindow, monitoring.NoticeOverdueAfter);
    }

    private async Task<MonitorFacts> ReadFactsAsync(MonitorThresholds thresholds, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        // Enough cycles for the error streak, and some to find the last completed one behind failed ones.
        var cycles = await _documents.RecentCyclesAsync(thresholds.ProviderErrorCycles + 20, cancellationToken);
        var uploads = await _facts.CountUploadsSinceAsync(now - thresholds.UploadFailureWindow, cancellationToken);
        var failed = await _facts.CountFailedTransitionsSinceAsync(now - thresholds.FailureSpikeWindow, cancellationToken);
        var counts = await _statistics.CountAsync(now - thresholds.StuckWarningAfter, now - thresholds.StuckCriticalAfter,
            cancellationToken);
        var incomplete = await _form526.ListIncompleteSubmittedBeforeAsync(now - thresholds.CompletionSla,
            IncompleteSubmissionsLimit + 1, cancellationToken);
        var notices = await _notices.CountAsync(now - thresholds.NoticeFailureWindow,
            now - thresholds.NoticeOverdueAfter, cancellationToken);
        return new MonitorFacts(_startedAt, cycles, uploads, failed, counts.StuckPastWarning, counts.StuckPastCritical,
            counts.ByStatus.GetValueOrDefault("timed_out"),
            new IncompleteSubmissionFacts(incomplete.Take(IncompleteSubmissionsLimit)
                .Select(Form526Completeness.ToView).ToList(), incomplete.Count > IncompleteSubmissionsLimit),
            new NoticeFacts(notices.FailedSince, notices.PendingOverdue));
    }

    private async Task ApplyAsync(AlertPlan plan, IReadOnlyList<AlertSilence> silences,
        IReadOnlyList<AlertAcknowledgement> acknowledgements, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var condition in plan.Fire)
        {
            var alert = new AlertRecord(Guid.CreateVersion7(now), condition.Monitor, condition.Subject, condition.Severity,
                condition.Summary, now, now, null);
            // False: another replica fired it between our read and this insert; it logs and sends it.
            if (!await _alerts.TryFireAsync(alert, cancellationToken)) continue;
            LogFired(alert.Monitor, alert.Subject, alert.Severity, alert.Summary, alert.Id);
            // A new firing has no acknowledgement yet; only a silence can hold it back.
            Send(new AlertWebhookMessage(AlertWebhookMessage.Fired, alert), null, silences, now);
        }
        foreach (var (alert, condition) in plan.Stay)
        {
            await _alerts.TouchAsync(alert.Id, condition.Severity, condition.Summary, now, cancellationToken);
        }
        foreach (var alert in plan.Resolve)
        {
            if (!await _alerts.TryResolveAsync(alert.Id, now, cancellationToken)) continue;
            var resolved = alert with { ResolvedAt = now };
            LogResolved(alert.Monitor, alert.Subject, alert.Severity, alert.Summary, alert.Id,
                (now - alert.FiredAt).TotalSeconds);
            Send(new AlertWebhookMessage(AlertWebhookMessage.Resolved, resolved),
                acknowledgements.FirstOrDefault(a => a.AlertId == alert.Id), silences, now);
        }
        // Staying alerts send nothing (no reminders, no message when the severity changes), acknowledged or not.
    }

    private void Send(AlertWebhookMessage message, AlertAcknowledgement? acknowledgement, IReadOnlyList<AlertSilence> silences,
        DateTimeOffset now)
    {
        var verdict = AlertWebhookGate.Decide(message.Alert, acknowledgement, silences, now);
        if (verdict == WebhookVerdict.Send) _webhook.Enqueue(message);
        else LogWebhookHeld(message.Event, message.Alert.Monitor, message.Alert.Subject, message.Alert.Id, verdict);
    }

    private IEnumerable<Measurement<long>> ObserveActive()
    {
        if (_active is not { } active) yield break;
        var silences = _silences;
        var now = _time.GetUtcNow();
        var silenced = active.ToLookup(a => silences.Any(s => s.Covers(a.Monitor, a.Subject, now)));
        // Every monitor, severity and silenced, zeros included, so a resolved alert's series drops to 0 instead of vanishing.
        foreach (var monitor in AlertMonitorNames.All)
        {
            foreach (var severity in AlertSeverities.All)
            {
                foreach (var isSilenced in (bool[])[false, true])
                {
                    yield return new Measurement<long>(silenced[isSilenced].Count(a => a.Monitor == monitor && a.Severity == severity),
                        new KeyValuePair<string, object?>("monitor", monitor),
                        new KeyValuePair<string, object?>("severity", severity),
                        new KeyValuePair<string, object?>("silenced", isSilenced ? "true" : "false"));
                }
            }
        }
    }

    public override void Dispose()
    {
        _oneAtATime.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error,
        Message = "Alert fired: {Monitor} {Subject} ({Severity}): {Summary} [alert {AlertId}]")]
    private partial void LogFired(string monitor, string subject, string severity, string summary, Guid alertId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
        Message = "Alert resolved: {Monitor} {Subject} ({Severity}) after {ActiveSeconds:F0} s; was: {Summary} [alert {AlertId}]")]
    private partial void LogResolved(string monitor, string subject, string severity, string summary, Guid alertId,
        double activeSeconds);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information,
        Message = "Alert webhook {Event} {Monitor} {Subject} not sent: {Verdict} [alert {AlertId}]")]
    private partial void LogWebhookHeld(string @event, string monitor, string subject, Guid alertId, WebhookVerdict verdict);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Alert evaluation ({Reason}) failed; alerts stay as they were until the next one")]
    private partial void LogEvaluationFailed(Exception ex, string reason);
}
