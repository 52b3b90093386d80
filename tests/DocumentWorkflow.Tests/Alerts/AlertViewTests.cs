using DocumentUploads.DocumentWorkflow.Alerts;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

/// <summary>How an alert is shown with its acknowledgement and the silence that keeps it quiet.</summary>
public sealed class AlertViewTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);

    private static AlertRecord Alert(string subject, DateTimeOffset? resolvedAt = null) =>
        new(Guid.CreateVersion7(), AlertMonitorNames.ProviderStatusErrors, subject, AlertSeverities.Critical, "s", Now.AddHours(-1), Now, resolvedAt);

    private static AlertSilence Silence(string? subject, TimeSpan endsIn) =>
        new(Guid.CreateVersion7(), AlertMonitorNames.ProviderStatusErrors, subject, "r", "ops-2", Now.AddMinutes(-1), Now + endsIn, null, null);

    [Fact]
    public void Each_alert_gets_its_own_acknowledgement_and_the_longest_running_silence_that_covers_it()
    {
        var lighthouse = Alert("lighthouse");
        var champva = Alert("champva");
        var resolved = Alert("lighthouse", resolvedAt: Now.AddMinutes(-30));
        var shortOne = Silence("lighthouse", TimeSpan.FromMinutes(10));
        var longOne = Silence(null, TimeSpan.FromHours(2));
        var ack = new AlertAcknowledgement(lighthouse.Id, "ops-1", Now.AddMinutes(-5));

        var views = AlertView.Of([lighthouse, champva, resolved], [ack], [shortOne, longOne], Now);

        Assert.Equal(("ops-1", (DateTimeOffset?)ack.AcknowledgedAt, true, (Guid?)longOne.Id, (DateTimeOffset?)longOne.SilencedUntil),
            (views[0].AcknowledgedBy, views[0].AcknowledgedAt, views[0].Silenced, views[0].SilenceId, views[0].SilencedUntil));
        Assert.Equal((null, true), (views[1].AcknowledgedBy, views[1].Silenced));
        // A resolved alert is not shown as silenced: nothing is left to keep quiet.
        Assert.Equal((false, (Guid?)null), (views[2].Silenced, views[2].SilenceId));
        Assert.Equal(AlertView.Unanswered(champva) with { Silenced = true, SilenceId = longOne.Id, SilencedUntil = longOne.SilencedUntil }, views[1]);
    }
}
