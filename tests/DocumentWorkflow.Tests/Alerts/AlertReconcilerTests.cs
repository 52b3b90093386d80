using DocumentUploads.DocumentWorkflow.Alerts;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

/// <summary>Fire once, stay while the condition holds, resolve by itself: every combination.</summary>
public sealed class AlertReconcilerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);

    private static AlertCondition Condition(string monitor, string subject = "", string severity = AlertSeverities.Critical,
        string summary = "s") => new(monitor, subject, severity, summary);

    private static AlertRecord Active(string monitor, string subject = "", DateTimeOffset? firedAt = null) =>
        new(Guid.CreateVersion7(), monitor, subject, AlertSeverities.Critical, "old", firedAt ?? T0, firedAt ?? T0, null);

    [Fact]
    public void Nothing_active_and_nothing_true_changes_nothing()
    {
        var plan = AlertReconciler.Reconcile([], []);
        Assert.Empty(plan.Fire);
        Assert.Empty(plan.Stay);
        Assert.Empty(plan.Resolve);
    }

    [Fact]
    public void A_new_condition_fires()
    {
        var condition = Condition(AlertMonitorNames.PollerStalled);
        var plan = AlertReconciler.Reconcile([], [condition]);
        Assert.Equal([condition], plan.Fire);
        Assert.Empty(plan.Stay);
        Assert.Empty(plan.Resolve);
    }

    [Fact]
    public void A_condition_still_true_stays_with_its_new_severity_and_summary_and_does_not_fire_again()
    {
        var alert = Active(AlertMonitorNames.FailureSpike);
        var now = Condition(AlertMonitorNames.FailureSpike, severity: AlertSeverities.Warning, summary: "9 documents failed");
        var plan = AlertReconciler.Reconcile([alert], [now]);
        Assert.Empty(plan.Fire);
        Assert.Equal([(alert, now)], plan.Stay);
        Assert.Empty(plan.Resolve);
    }

    [Fact]
    public void An_alert_whose_condition_is_gone_resolves()
    {
        var alert = Active(AlertMonitorNames.PollerStalled);
        var plan = AlertReconciler.Reconcile([alert], []);
        Assert.Equal([alert], plan.Resolve);
        Assert.Empty(plan.Fire);
        Assert.Empty(plan.Stay);
    }

    [Fact]
    public void Subjects_are_separate_alerts_of_one_monitor()
    {
        var lighthouse = Active(AlertMonitorNames.ProviderStatusErrors, "lighthouse");
        var plan = AlertReconciler.Reconcile([lighthouse], [Condition(AlertMonitorNames.ProviderStatusErrors, "champva")]);
        Assert.Equal(["champva"], plan.Fire.Select(c => c.Subject));
        Assert.Equal([lighthouse], plan.Resolve);
        Assert.Empty(plan.Stay);
    }

    [Fact]
    public void Fire_stay_and_resolve_in_one_evaluation()
    {
        var stays = Active(AlertMonitorNames.StuckDocuments, AlertSeverities.Warning);
        var resolves = Active(AlertMonitorNames.UploadFailures, "lighthouse");
        var plan = AlertReconciler.Reconcile([stays, resolves],
        [
            Condition(AlertMonitorNames.StuckDocuments, AlertSeverities.Warning),
            Condition(AlertMonitorNames.StuckDocuments, AlertSeverities.Critical),
        ]);
        Assert.Equal([(AlertMonitorNames.StuckDocuments, AlertSeverities.Critical)], plan.Fire.Select(c => (c.Monitor, c.Subject)));
        Assert.Equal([stays], plan.Stay.Select(s => s.Alert));
        Assert.Equal([resolves], plan.Resolve);
    }

    [Fact]
    public void Resolved_alerts_passed_in_are_ignored_so_a_condition_coming_back_fires_anew()
    {
        var old = Active(AlertMonitorNames.PollerStalled) with { ResolvedAt = T0.AddMinutes(5) };
        var plan = AlertReconciler.Reconcile([old], [Condition(AlertMonitorNames.PollerStalled)]);
        Assert.Single(plan.Fire);
        Assert.Empty(plan.Resolve);
        Assert.Empty(plan.Stay);
    }

    [Fact]
    public void Two_active_alerts_for_one_key_keep_the_newest_and_resolve_the_other()
    {
        var older = Active(AlertMonitorNames.FailureSpike, firedAt: T0);
        var newer = Active(AlertMonitorNames.FailureSpike, firedAt: T0.AddMinutes(1));
        var plan = AlertReconciler.Reconcile([older, newer], [Condition(AlertMonitorNames.FailureSpike)]);
        Assert.Equal([newer], plan.Stay.Select(s => s.Alert));
        Assert.Equal([older], plan.Resolve);
        Assert.Empty(plan.Fire);
    }

    [Fact]
    public void A_condition_listed_twice_fires_once()
    {
        var plan = AlertReconciler.Reconcile([], [Condition(AlertMonitorNames.FailureSpike, summary: "a"),
            Condition(AlertMonitorNames.FailureSpike, summary: "b")]);
        Assert.Equal(["a"], plan.Fire.Select(c => c.Summary));
    }
}
