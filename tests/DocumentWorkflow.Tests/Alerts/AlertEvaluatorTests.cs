using System.Diagnostics.Metrics;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Form526;
using DocumentUploads.DocumentWorkflow.Monitoring;
using DocumentUploads.DocumentWorkflow.Notices;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.Telemetry;
using DocumentUploads.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

/// <summary>The evaluator over a real SQLite file with a hand-moved clock: what a firing and a resolution
/// leave behind (row, log event, webhook message, gauge), and that neither repeats.</summary>
public sealed class AlertEvaluatorTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _directory = Directory.CreateTempSubdirectory("du-alert-eval-").FullName;
    // Sub-millisecond ticks on purpose: the stores keep milliseconds, and what is sent must equal what is kept.
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero).AddTicks(1234));
    private readonly ServiceTelemetry _telemetry = new($"alerts-test-{Guid.NewGuid():N}");
    private readonly CapturedLog<AlertEvaluator> _log = new();
    private readonly AlertWebhookQueue _webhook = new();
    private DocumentStore _documents = null!;
    private string _connectionString = "";
    private AlertStore _alerts = null!;
    private AlertEvaluator _evaluator = null!;

    public async Task InitializeAsync()
    {
        var connectionString = SqliteConnectionStrings.ForDataDirectory(_directory);
        _documents = new DocumentStore(new SqliteDialect(connectionString), NullLogger<DocumentStore>.Instance);
        await _documents.InitializeAsync(None);
        _connectionString = connectionString;
        _alerts = new AlertStore(new SqliteDialect(connectionString));
        _evaluator = Evaluator(_alerts);
    }

    private AlertEvaluator Evaluator(IAlertStore alerts) => new(_documents, new DocumentStatistics(new SqliteDialect(_connectionString)),
        new MonitorFactsReader(new SqliteDialect(_connectionString)), new Form526Store(new SqliteDialect(_connectionString)), alerts,
        new NoticeStore(new SqliteDialect(_connectionString)), _alerts,
        new FixedOptionsMonitor<MonitoringSettings>(new MonitoringSettings()),
        new FixedOptionsMonitor<PollingSettings>(new PollingSettings { Interval = TimeSpan.FromMinutes(10) }),
        new FixedOptionsMonitor<Form526Settings>(new Form526Settings()), _webhook, _telemetry, _clock, _log);

    public Task DisposeAsync()
    {
        _evaluator.Dispose();
        _telemetry.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private List<AlertWebhookMessage> Sent()
    {
        var messages = new List<AlertWebhookMessage>();
        while (_webhook.Reader.TryRead(out var message)) messages.Add(message);
        return messages;
    }

    private async Task CompleteCycleAsync()
    {
        var now = _clock.GetUtcNow();
        await _documents.SaveCycleAsync(new PollCycleRecord(Guid.CreateVersion7(now), "schedule", now, now,
            PollCycleRecord.Succeeded, 0, 0, new Dictionary<string, int>(), 0, 0, 0, null), None);
    }

    [Fact]
    public async Task A_stall_fires_once_stays_while_it_lasts_and_resolves_when_a_cycle_completes()
    {
        Assert.Empty((await _evaluator.EvaluateAsync(None)).Fire); // just started: 0 min of 20
        Assert.Equal([0L], ActiveGauge(AlertMonitorNames.PollerStalled, AlertSeverities.Critical));

        _clock.Now += TimeSpan.FromMinutes(21);
        await _evaluator.EvaluateAsync(None);
        var fired = Assert.Single(await _alerts.ListActiveAsync(None));
        Assert.Equal((AlertMonitorNames.PollerStalled, "", AlertSeverities.Critical, Ms(_clock.Now)),
            (fired.Monitor, fired.Subject, fired.Severity, fired.FiredAt));
        var error = Assert.Single(_log.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal((3001, AlertMonitorNames.PollerStalled, fired.Id), (error.EventId, error.Fields["Monitor"], error.Fields["AlertId"]));
        Assert.Equal(fired.Summary, error.Fields["Summary"]);
        var message = Assert.Single(Sent());
        Assert.Equal((AlertWebhookMessage.Fired, fired), (message.Event, message.Alert));
        Assert.Equal([1L], ActiveGauge(AlertMonitorNames.PollerStalled, AlertSeverities.Critical));

        _clock.Now += TimeSpan.FromMinutes(5);
        var plan = await _evaluator.EvaluateAsync(None);
        Assert.Empty(plan.Fire);
        var stayed = Assert.Single(await _alerts.ListActiveAsync(None));
        Assert.Equal((fired.Id, fired.FiredAt, Ms(_clock.Now)), (stayed.Id, stayed.FiredAt, stayed.LastSeenAt));
        Assert.Contains("26 min", stayed.Summary);
        Assert.Empty(Sent());
        Assert.Single(_log.Entries, e => e.Level == LogLevel.Error);

        await CompleteCycleAsync();
        _clock.Now += TimeSpan.FromSeconds(1);
        await _evaluator.EvaluateAsync(None);
        Assert.Empty(await _alerts.ListActiveAsync(None));
        var resolved = Assert.Single(await _alerts.ListRecentAsync(5, None));
        Assert.Equal(Ms(_clock.Now), resolved.ResolvedAt);
        var info = Assert.Single(_log.Entries, e => e.EventId == 3002);
        Assert.Equal(LogLevel.Information, info.Level);
        var resolution = Assert.Single(Sent());
        Assert.Equal((AlertWebhookMessage.Resolved, resolved), (resolution.Event, resolution.Alert));
        Assert.Equal([0L], ActiveGauge(AlertMonitorNames.PollerStalled, AlertSeverities.Critical));

        await _evaluator.EvaluateAsync(None);
        Assert.Empty(Sent());
    }

    [Fact]
    public async Task Each_late_form_526_submission_pages_even_while_another_is_active_and_a_flood_is_capped()
    {
        var form526 = new Form526Store(new SqliteDialect(_connectionString));
        var sla = new Form526Settings().CompletionSla;
        Task DeclareAsync(string id, TimeSpan age) => form526.SaveAsync(new Form526Submission(id, "600000526", "p-526",
            _clock.Now - age, _clock.Now, [new Form526ExpectedDocument(Form526Kinds.BddInstructions)]), None);
        async Task<List<string>> FiredSubjectsAsync() => (await _evaluator.EvaluateAsync(None)).Fire
            .Where(c => c.Monitor == AlertMonitorNames.IncompleteSubmissions).Select(c => c.Subject).ToList();

        await DeclareAsync("sub-a", sla + TimeSpan.FromHours(1));
        await DeclareAsync("sub-within-sla", sla - TimeSpan.FromHours(1));
        Assert.Equal(["sub-a"], await FiredSubjectsAsync());

        // A second late submission while the first is still active: it pages too.
        await DeclareAsync("sub-b", sla + TimeSpan.FromMinutes(30));
        Assert.Equal(["sub-b"], await FiredSubjectsAsync());

        // A flood: the oldest IncompleteSubmissionsLimit are paged one by one, the rest in one alert.
        for (var i = 0; i < AlertEvaluator.IncompleteSubmissionsLimit; i++)
        {
            await DeclareAsync($"sub-flood-{i:D2}", sla + TimeSpan.FromMinutes(10 - i * 0.1));
        }
        var flood = await FiredSubjectsAsync();
        Assert.Equal(AlertEvaluator.IncompleteSubmissionsLimit - 2 + 1, flood.Count);
        Assert.Contains("", flood);
        Assert.DoesNotContain($"sub-flood-{AlertEvaluator.IncompleteSubmissionsLimit - 1:D2}", flood); // the newest waits
        var active = (await _alerts.ListActiveAsync(None)).Where(a => a.Monitor == AlertMonitorNames.IncompleteSubmissions).ToList();
        Assert.Equal(AlertEvaluator.IncompleteSubmissionsLimit + 1, active.Count);
        Assert.Contains(active, a => a.Subject == "sub-a");
    }

    [Fact]
    public async Task An_alert_another_replica_fired_between_our_read_and_our_insert_is_neither_logged_nor_sent_here()
    {
        // Our read of the active alerts happens just before their insert: it sees none.
        var evaluator = Evaluator(new StaleFirstRead(_alerts));
        _clock.Now += TimeSpan.FromMinutes(21);
        var theirs = new AlertRecord(Guid.CreateVersion7(), AlertMonitorNames.PollerStalled, "", AlertSeverities.Critical, "theirs",
            _clock.Now, _clock.Now, null);
        await _alerts.TryFireAsync(theirs, None);

        var plan = await evaluator.EvaluateAsync(None);

        Assert.Single(plan.Fire);
        Assert.Equal(theirs.Id, Assert.Single(await _alerts.ListActiveAsync(None)).Id);
        Assert.Empty(Sent());
        Assert.DoesNotContain(_log.Entries, e => e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task An_acknowledged_alert_resolves_without_a_webhook_and_its_next_firing_notifies_again()
    {
        _clock.Now += TimeSpan.FromMinutes(21);
        await _evaluator.EvaluateAsync(None);
        var fired = Assert.Single(await _alerts.ListActiveAsync(None));
        Assert.Equal(AlertWebhookMessage.Fired, Assert.Single(Sent()).Event);
        await _alerts.AcknowledgeAsync(fired.Id, "ops-1", _clock.Now, None);

        _clock.Now += TimeSpan.FromMinutes(5);
        await _evaluator.EvaluateAsync(None); // still stalled: stays, sends nothing
        await CompleteCycleAsync();
        _clock.Now += TimeSpan.FromSeconds(1);
        await _evaluator.EvaluateAsync(None);
        Assert.Empty(await _alerts.ListActiveAsync(None));
        Assert.Empty(Sent());
        var held = Assert.Single(_log.Entries, e => e.EventId == 3004);
        Assert.Equal((AlertWebhookMessage.Resolved, "Acknowledged"), (held.Fields["Event"] as string, held.Fields["Verdict"]?.ToString()));

        // Stalled again: a new alert, nobody has acknowledged it, so the pager hears of it.
        _clock.Now += TimeSpan.FromMinutes(21);
        await _evaluator.EvaluateAsync(None);
        var refired = Assert.Single(await _alerts.ListActiveAsync(None));
        Assert.NotEqual(fired.Id, refired.Id);
        var notified = Assert.Single(Sent());
        Assert.Equal((AlertWebhookMessage.Fired, refired.Id), (notified.Event, notified.Alert.Id));
    }

    [Fact]
    public async Task A_silenced_alert_is_stored_logged_and_counted_as_silenced_but_not_sent()
    {
        await _alerts.StartSilenceAsync(new AlertSilence(Guid.CreateVersion7(), AlertMonitorNames.PollerStalled, null, "planned downtime",
            "ops-1", _clock.Now, _clock.Now.AddMinutes(30), null, null), None);

        _clock.Now += TimeSpan.FromMinutes(21);
        await _evaluator.EvaluateAsync(None);
        var fired = Assert.Single(await _alerts.ListActiveAsync(None));
        Assert.Single(_log.Entries, e => e.EventId == 3001);
        Assert.Empty(Sent());
        Assert.Equal([1L], ActiveGauge(AlertMonitorNames.PollerStalled, AlertSeverities.Critical, silenced: true));
        Assert.Equal([0L], ActiveGauge(AlertMonitorNames.PollerStalled, AlertSeverities.Critical, silenced: false));

        // The silence runs out while the alert is still active: counted unsilenced again; its resolution is sent.
        _clock.Now += TimeSpan.FromMinutes(10);
        await _evaluator.EvaluateAsync(None);
        Assert.Equal([1L], ActiveGauge(AlertMonitorNames.PollerStalled, AlertSeverities.Critical, silenced: false));
        await CompleteCycleAsync();
        _clock.Now += TimeSpan.FromSeconds(1);
        await _evaluator.EvaluateAsync(None);
        var resolution = Assert.Single(Sent());
        Assert.Equal((AlertWebhookMessage.Resolved, fired.Id), (resolution.Event, resolution.Alert.Id));
    }

    /// <summary>The first ListActiveAsync answers as if nothing were active yet.</summary>
    private sealed class StaleFirstRead(IAlertStore inner) : IAlertStore
    {
        private int _reads;

        public async Task<IReadOnlyList<AlertRecord>> ListActiveAsync(CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _reads) == 1 ? [] : await inner.ListActiveAsync(cancellationToken);

        public Task<IReadOnlyList<AlertRecord>> ListRecentAsync(int limit, CancellationToken cancellationToken) =>
            inner.ListRecentAsync(limit, cancellationToken);

        public Task<bool> TryFireAsync(AlertRecord alert, CancellationToken cancellationToken) => inner.TryFireAsync(alert, cancellationToken);

        public Task TouchAsync(Guid id, string severity, string summary, DateTimeOffset seenAt, CancellationToken cancellationToken) =>
            inner.TouchAsync(id, severity, summary, seenAt, cancellationToken);

        public Task<bool> TryResolveAsync(Guid id, DateTimeOffset resolvedAt, CancellationToken cancellationToken) =>
            inner.TryResolveAsync(id, resolvedAt, cancellationToken);
    }

    [Fact]
    public async Task A_finished_poll_cycle_wakes_the_running_evaluator()
    {
        using var stop = new CancellationTokenSource();
        await _evaluator.StartAsync(stop.Token);
        try
        {
            // The first evaluation at start finds no stall; 21 min later a cycle finishes and its wake-up evaluates.
            await DocumentUploads.TestSupport.Eventually.PollAsync(() => Task.FromResult(_evaluator.Active), a => a is not null);
            _clock.Now += TimeSpan.FromMinutes(21);
            _evaluator.CycleFinished(new PollCycleRecord(Guid.CreateVersion7(), "schedule", _clock.Now, _clock.Now,
                PollCycleRecord.Failed, 0, 0, new Dictionary<string, int>(), 0, 0, 0, "store down"));
            var active = await DocumentUploads.TestSupport.Eventually.PollAsync(() => _alerts.ListActiveAsync(None), a => a.Count > 0);
            Assert.Equal(AlertMonitorNames.PollerStalled, Assert.Single(active).Monitor);
        }
        finally
        {
            await stop.CancelAsync();
            await _evaluator.StopAsync(None);
        }
    }

    private static DateTimeOffset Ms(DateTimeOffset value) => DateTimeOffset.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds());

    private List<long> ActiveGauge(string monitor, string severity, bool silenced = false)
    {
        var values = new List<long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == _telemetry.Meter && instrument.Name == "documentuploads.alerts.active") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var t = tags.ToArray().ToDictionary(kv => kv.Key, kv => kv.Value as string);
            if (t["monitor"] == monitor && t["severity"] == severity && t["silenced"] == (silenced ? "true" : "false")) values.Add(value);
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return values;
    }
}
