using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

/// <summary>What the alert store, the monitors' fact queries and the per-provider cycle errors must do;
/// run against SQLite and PostgreSQL.</summary>
public abstract class AlertStoreContract
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A fresh, migrated database: its document store, and a factory of further alert stores on it
    /// (each its own connection pool, as another replica would have).</summary>
    protected abstract Task<(IDocumentStore Documents, Func<AlertStore> NewAlertStore, IMonitorFactsReader Facts)> CreateAsync();

    private static AlertRecord Alert(string monitor, string subject, DateTimeOffset firedAt, string severity = AlertSeverities.Critical) =>
        new(Guid.CreateVersion7(firedAt), monitor, subject, severity, $"{monitor} {subject} summary", firedAt, firedAt, null);

    [Fact]
    public async Task An_alert_fires_once_per_monitor_and_subject_until_it_resolves()
    {
        var (_, newStore, _) = await CreateAsync();
        var store = newStore();
        Assert.Empty(await store.ListActiveAsync(None));

        var first = Alert(AlertMonitorNames.ProviderStatusErrors, "lighthouse", T0);
        Assert.True(await store.TryFireAsync(first, None));
        Assert.False(await store.TryFireAsync(Alert(AlertMonitorNames.ProviderStatusErrors, "lighthouse", T0.AddSeconds(1)), None));
        Assert.True(await store.TryFireAsync(Alert(AlertMonitorNames.ProviderStatusErrors, "champva", T0.AddSeconds(2)), None));

        var active = await store.ListActiveAsync(None);
        Assert.Equal(["champva", "lighthouse"], active.Select(a => a.Subject));
        Assert.Equal(first, active[1]);

        Assert.True(await store.TryResolveAsync(first.Id, T0.AddMinutes(5), None));
        Assert.False(await store.TryResolveAsync(first.Id, T0.AddMinutes(6), None));
        Assert.Equal(["champva"], (await store.ListActiveAsync(None)).Select(a => a.Subject));

        // Resolved, the same condition can fire again as a new alert.
        var again = Alert(AlertMonitorNames.ProviderStatusErrors, "lighthouse", T0.AddMinutes(10));
        Assert.True(await store.TryFireAsync(again, None));
        var recent = await store.ListRecentAsync(10, None);
        Assert.Equal([again.Id, recent[1].Id, first.Id], recent.Select(a => a.Id));
        Assert.Equal(T0.AddMinutes(5), recent[2].ResolvedAt);
        Assert.Null(recent[0].ResolvedAt);
        Assert.Equal(2, (await store.ListRecentAsync(2, None)).Count);
    }

    [Fact]
    public async Task Touching_refreshes_last_seen_severity_and_summary_of_an_active_alert_only()
    {
        var (_, newStore, _) = await CreateAsync();
        var store = newStore();
        var alert = Alert(AlertMonitorNames.StuckDocuments, AlertSeverities.Warning, T0, AlertSeverities.Warning);
        await store.TryFireAsync(alert, None);

        await store.TouchAsync(alert.Id, AlertSeverities.Warning, "3 documents", T0.AddMinutes(1), None);
        await store.TouchAsync(alert.Id, AlertSeverities.Warning, "older evaluation", T0.AddSeconds(30), None);
        var touched = Assert.Single(await store.ListActiveAsync(None));
        Assert.Equal((T0, T0.AddMinutes(1), "older evaluation"), (touched.FiredAt, touched.LastSeenAt, touched.Summary));

        await store.TryResolveAsync(alert.Id, T0.AddMinutes(2), None);
        await store.TouchAsync(alert.Id, AlertSeverities.Critical, "too late", T0.AddMinutes(3), None);
        var resolved = Assert.Single(await store.ListRecentAsync(10, None));
        Assert.Equal((AlertSeverities.Warning, T0.AddMinutes(1), T0.AddMinutes(2)),
            (resolved.Severity, resolved.LastSeenAt, resolved.ResolvedAt));
    }

    [Fact]
    public async Task Two_replicas_firing_the_same_alert_at_once_store_it_once_and_only_one_is_told_it_fired()
    {
        var (_, newStore, _) = await CreateAsync();
        var replicas = Enumerable.Range(0, 8).Select(_ => newStore()).ToList();
        using var start = new SemaphoreSlim(0);
        var attempts = replicas.Select(async (store, i) =>
        {
            await start.WaitAsync();
            return await store.TryFireAsync(Alert(AlertMonitorNames.PollerStalled, "", T0.AddMilliseconds(i)), None);
        }).ToList();
        start.Release(replicas.Count);

        var fired = await Task.WhenAll(attempts);

        Assert.Single(fired, f => f);
        var id = Assert.Single(await replicas[0].ListActiveAsync(None)).Id;
        var resolved = await Task.WhenAll(replicas.Select(r => r.TryResolveAsync(id, T0.AddMinutes(1), None)));
        Assert.Single(resolved, r => r);
    }

    [Fact]
    public async Task Upload_counts_are_per_provider_within_the_window()
    {
        var (documents, _, facts) = await CreateAsync();
        async Task Register(string provider, DateTimeOffset at, bool uploadFailed, string? requestId)
        {
            var initial = uploadFailed ? DocumentStateMachine.RegisterUploadFailure("500 from provider", at) : DocumentStateMachine.Register(at);
            await documents.RegisterAsync(new NewDocument(Guid.CreateVersion7(), provider, requestId, "600000001", "p1", "L023",
                "a.pdf", []), initial, None);
        }
        await Register("lighthouse", T0.AddHours(-2), uploadFailed: true, null);   // before the window
        await Register("lighthouse", T0.AddMinutes(-30), uploadFailed: false, "1");
        await Register("lighthouse", T0.AddMinutes(-20), uploadFailed: true, null);
        await Register("lighthouse", T0.AddMinutes(-10), uploadFailed: true, null);
        await Register("champva", T0.AddMinutes(-60), uploadFailed: false, "c-1");  // at the window's start: in

        var counts = await facts.CountUploadsSinceAsync(T0.AddHours(-1), None);

        Assert.Equal([new ProviderUploadCounts("champva", 1, 0), new ProviderUploadCounts("lighthouse", 3, 2)], counts);
        Assert.Empty(await facts.CountUploadsSinceAsync(T0.AddMinutes(1), None));
    }

    [Fact]
    public async Task Failed_transitions_are_counted_within_the_window()
    {
        var (documents, _, facts) = await CreateAsync();
        var changes = new List<DocumentChange>();
        for (var i = 0; i < 4; i++)
        {
            var doc = (await documents.RegisterAsync(new NewDocument(Guid.CreateVersion7(), "lighthouse", $"r{i}", "600000001",
                "p1", "L023", "a.pdf", []), DocumentStateMachine.Register(T0.AddHours(-3)), None)).Document;
            var at = T0.AddMinutes(-90 + 30 * i); // -90, -60, -30, 0 minutes
            var to = i == 2 ? DocumentState.Completed : DocumentState.Failed;
            changes.Add(new DocumentChange(doc.Seq, doc.Version, new Transition(DocumentState.Submitted, null, to,
                to == DocumentState.Failed ? "CLAIMS_EVIDENCE" : null, null, to == DocumentState.Failed ? "FAILED" : "SUCCESS",
                to == DocumentState.Failed ? TransitionKind.Failed : TransitionKind.Completed, at)));
        }
        await documents.ApplyPollResultsAsync(changes, [], T0, None);

        Assert.Equal(2, await facts.CountFailedTransitionsSinceAsync(T0.AddHours(-1), None));
        Assert.Equal(3, await facts.CountFailedTransitionsSinceAsync(T0.AddHours(-2), None));
        Assert.Equal(0, await facts.CountFailedTransitionsSinceAsync(T0.AddMinutes(1), None));
    }

    [Fact]
    public async Task A_cycle_keeps_its_provider_errors_and_batches_per_provider()
    {
        var (documents, _, _) = await CreateAsync();
        var cycle = new PollCycleRecord(Guid.CreateVersion7(), "schedule", T0, T0.AddSeconds(2), PollCycleRecord.CompletedWithErrors,
            10, 0, new Dictionary<string, int>(), 3, 0, 0, null)
        {
            ProviderErrorsByProvider = new Dictionary<string, int> { ["lighthouse"] = 2, ["champva"] = 1 },
            ProviderBatchesByProvider = new Dictionary<string, int> { ["lighthouse"] = 2, ["champva"] = 4 },
        };
        await documents.SaveCycleAsync(cycle with { Outcome = PollCycleRecord.Running, FinishedAt = null,
            ProviderErrorsByProvider = new Dictionary<string, int>() }, None);
        await documents.SaveCycleAsync(cycle, None);

        var read = Assert.Single(await documents.RecentCyclesAsync(5, None));
        Assert.Equal(new Dictionary<string, int> { ["champva"] = 1, ["lighthouse"] = 2 }, read.ProviderErrorsByProvider);
        Assert.Equal(new Dictionary<string, int> { ["champva"] = 4, ["lighthouse"] = 2 }, read.ProviderBatchesByProvider);
        Assert.Equal(3, read.ProviderErrors);
    }

    [Fact]
    public async Task An_active_alert_is_acknowledged_once_and_the_first_acknowledgement_stands()
    {
        var (_, newStore, _) = await CreateAsync();
        var store = newStore();
        var alert = Alert(AlertMonitorNames.ProviderStatusErrors, "lighthouse", T0);
        var other = Alert(AlertMonitorNames.ProviderStatusErrors, "champva", T0);
        await store.TryFireAsync(alert, None);
        await store.TryFireAsync(other, None);

        var first = await store.AcknowledgeAsync(alert.Id, "ops-1", T0.AddMinutes(1), None);
        var again = await newStore().AcknowledgeAsync(alert.Id, "ops-2", T0.AddMinutes(2), None);

        var expected = new AlertAcknowledgement(alert.Id, "ops-1", T0.AddMinutes(1));
        Assert.Equal(new AcknowledgeResult(AcknowledgeOutcome.Acknowledged, expected), first);
        Assert.Equal(new AcknowledgeResult(AcknowledgeOutcome.AlreadyAcknowledged, expected), again);
        Assert.Equal([expected], await store.ListAcknowledgementsAsync([alert.Id, other.Id, Guid.NewGuid()], None));
        Assert.Empty(await store.ListAcknowledgementsAsync([], None));
    }

    [Fact]
    public async Task An_unknown_or_resolved_alert_cannot_be_acknowledged_and_a_refired_one_starts_unacknowledged()
    {
        var (_, newStore, _) = await CreateAsync();
        var store = newStore();
        var acknowledged = Alert(AlertMonitorNames.PollerStalled, "", T0);
        var resolved = Alert(AlertMonitorNames.FailureSpike, "", T0);
        await store.TryFireAsync(acknowledged, None);
        await store.TryFireAsync(resolved, None);
        await store.AcknowledgeAsync(acknowledged.Id, "ops-1", T0.AddMinutes(1), None);
        await store.TryResolveAsync(acknowledged.Id, T0.AddMinutes(2), None);
        await store.TryResolveAsync(resolved.Id, T0.AddMinutes(2), None);

        Assert.Equal(new AcknowledgeResult(AcknowledgeOutcome.NotFound, null),
            await store.AcknowledgeAsync(Guid.NewGuid(), "ops-1", T0.AddMinutes(3), None));
        Assert.Equal(new AcknowledgeResult(AcknowledgeOutcome.Resolved, null),
            await store.AcknowledgeAsync(resolved.Id, "ops-1", T0.AddMinutes(3), None));
        Assert.Empty(await store.ListAcknowledgementsAsync([resolved.Id], None));

        var refired = Alert(AlertMonitorNames.PollerStalled, "", T0.AddMinutes(5));
        await store.TryFireAsync(refired, None);
        var kept = Assert.Single(await store.ListAcknowledgementsAsync([acknowledged.Id, refired.Id], None));
        Assert.Equal(acknowledged.Id, kept.AlertId);
    }

    [Fact]
    public async Task Silences_run_from_their_start_until_they_run_out_or_are_ended_early()
    {
        var (_, newStore, _) = await CreateAsync();
        var store = newStore();
        AlertSilence Silence(string? subject, DateTimeOffset from, TimeSpan length) => new(Guid.CreateVersion7(from),
            AlertMonitorNames.ProviderStatusErrors, subject, $"reason {subject}", "ops-1", from, from + length, null, null);
        var everySubject = Silence(null, T0, TimeSpan.FromHours(2));
        var lighthouse = Silence("lighthouse", T0, TimeSpan.FromHours(1));
        var single = Silence("", T0, TimeSpan.FromMinutes(30));
        var later = Silence("champva", T0.AddHours(3), TimeSpan.FromHours(1));
        foreach (var silence in new[] { everySubject, lighthouse, single, later }) await store.StartSilenceAsync(silence, None);

        // Soonest to end first; subjects kept as given (null, "" and a name are three different things).
        Assert.Equal([single, lighthouse, everySubject], await store.ListRunningSilencesAsync(T0.AddMinutes(1), None));
        Assert.Equal([everySubject], await store.ListRunningSilencesAsync(T0.AddHours(1), None));
        Assert.Equal([later], await store.ListRunningSilencesAsync(T0.AddHours(3), None));

        var ended = await newStore().EndSilenceAsync(lighthouse.Id, "ops-2", T0.AddMinutes(10), None);
        Assert.Equal(new SilenceEndResult(SilenceEndOutcome.Ended, lighthouse with { EndedBy = "ops-2", EndedAt = T0.AddMinutes(10) }), ended);
        Assert.Equal([single, everySubject], await store.ListRunningSilencesAsync(T0.AddMinutes(11), None));

        Assert.Equal(SilenceEndOutcome.AlreadyOver, (await store.EndSilenceAsync(lighthouse.Id, "ops-3", T0.AddMinutes(12), None)).Outcome);
        var ranOut = await store.EndSilenceAsync(single.Id, "ops-3", T0.AddMinutes(30), None);
        Assert.Equal(new SilenceEndResult(SilenceEndOutcome.AlreadyOver, single), ranOut);
        Assert.Equal(new SilenceEndResult(SilenceEndOutcome.NotFound, null), await store.EndSilenceAsync(Guid.NewGuid(), "ops-3", T0, None));
    }
}
