namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Decides whether a firing or resolution is sent to the webhook. Pure. The alert is always stored,
/// logged and counted; the gate only keeps the pager quiet for what an operator has already taken in hand
/// (acknowledged this firing) or muted (a running silence of its monitor and subject).</summary>
public static class AlertWebhookGate
{
    public static WebhookVerdict Decide(AlertRecord alert, AlertAcknowledgement? acknowledgement,
        IReadOnlyList<AlertSilence> silences, DateTimeOffset now)
    {
        // An acknowledgement of an earlier firing of the same monitor and subject does not count: a refired alert is new.
        if (acknowledgement is not null && acknowledgement.AlertId == alert.Id) return WebhookVerdict.Acknowledged;
        return silences.Any(s => s.Covers(alert.Monitor, alert.Subject, now)) ? WebhookVerdict.Silenced : WebhookVerdict.Send;
    }
}
