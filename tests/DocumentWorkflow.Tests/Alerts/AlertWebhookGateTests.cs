using DocumentUploads.DocumentWorkflow.Alerts;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

/// <summary>Whether a firing or resolution goes to the webhook, for every combination of acknowledgement and
/// silence that can hold it back.</summary>
public sealed class AlertWebhookGateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly AlertRecord Lighthouse = new(Guid.CreateVersion7(Now), AlertMonitorNames.ProviderStatusErrors, "lighthouse",
        AlertSeverities.Critical, "status calls failing", Now.AddMinutes(-5), Now, null);

    private static AlertSilence Silence(string monitor = AlertMonitorNames.ProviderStatusErrors, string? subject = "lighthouse",
        TimeSpan? startedAgo = null, TimeSpan? endsIn = null, DateTimeOffset? endedAt = null) =>
        new(Guid.CreateVersion7(), monitor, subject, "vendor maintenance", "ops-1", Now - (startedAgo ?? TimeSpan.FromMinutes(10)),
            Now + (endsIn ?? TimeSpan.FromHours(1)), endedAt is null ? null : "ops-2", endedAt);

    [Fact]
    public void An_alert_nobody_answered_is_sent() =>
        Assert.Equal(WebhookVerdict.Send, AlertWebhookGate.Decide(Lighthouse, null, [], Now));

    [Fact]
    public void An_acknowledged_alert_is_not_sent_again() =>
        Assert.Equal(WebhookVerdict.Acknowledged,
            AlertWebhookGate.Decide(Lighthouse, new AlertAcknowledgement(Lighthouse.Id, "ops-1", Now.AddMinutes(-1)), [], Now));

    [Fact]
    public void An_acknowledgement_of_an_earlier_firing_does_not_hold_back_the_refired_alert() =>
        Assert.Equal(WebhookVerdict.Send,
            AlertWebhookGate.Decide(Lighthouse, new AlertAcknowledgement(Guid.CreateVersion7(), "ops-1", Now.AddHours(-2)), [], Now));

    [Fact]
    public void A_running_silence_of_the_monitor_and_subject_holds_it_back() =>
        Assert.Equal(WebhookVerdict.Silenced, AlertWebhookGate.Decide(Lighthouse, null, [Silence()], Now));

    [Fact]
    public void A_silence_of_every_subject_of_the_monitor_holds_back_each_of_them() =>
        Assert.Equal(WebhookVerdict.Silenced, AlertWebhookGate.Decide(Lighthouse, null, [Silence(subject: null)], Now));

    [Fact]
    public void Acknowledged_and_silenced_says_acknowledged() =>
        Assert.Equal(WebhookVerdict.Acknowledged,
            AlertWebhookGate.Decide(Lighthouse, new AlertAcknowledgement(Lighthouse.Id, "ops-1", Now), [Silence()], Now));

    public static TheoryData<string, AlertSilence> SilencesThatDoNotCover => new()
    {
        { "another subject", Silence(subject: "champva") },
        { "the empty subject only", Silence(subject: "") },
        { "another monitor", Silence(monitor: AlertMonitorNames.FailureSpike, subject: null) },
        { "ended early", Silence(endedAt: Now.AddMinutes(-1)) },
        { "ran out", Silence(startedAgo: TimeSpan.FromHours(2), endsIn: TimeSpan.FromHours(-1)) },
        { "ends exactly now", Silence(endsIn: TimeSpan.Zero) },
        { "not started yet", Silence(startedAgo: TimeSpan.FromMinutes(-1)) },
    };

    [Theory]
    [MemberData(nameof(SilencesThatDoNotCover))]
    public void A_silence_that_does_not_cover_the_alert_now_does_not_hold_it_back(string why, AlertSilence silence) =>
        Assert.True(AlertWebhookGate.Decide(Lighthouse, null, [silence], Now) == WebhookVerdict.Send, why);
}
