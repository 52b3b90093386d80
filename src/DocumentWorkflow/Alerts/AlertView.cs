namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>An alert as GET /ops/api/alerts and the alerts page show it: the stored firing, who acknowledged it,
/// and the silence that keeps its webhook quiet now, if any.</summary>
public sealed record AlertView(
    Guid Id,
    string Monitor,
    string Subject,
    string Severity,
    string Summary,
    DateTimeOffset FiredAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset? ResolvedAt,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt,
    bool Silenced,
    Guid? SilenceId,
    DateTimeOffset? SilencedUntil)
{
    /// <summary>The alert with nobody's answer joined (where acknowledgements are not read, as on the overview).</summary>
    public static AlertView Unanswered(AlertRecord a) =>
        new(a.Id, a.Monitor, a.Subject, a.Severity, a.Summary, a.FiredAt, a.LastSeenAt, a.ResolvedAt, null, null, false, null, null);

    /// <summary>Pure: joins each alert to its acknowledgement and to the running silence that covers it (the
    /// longest-running one when several do). A resolved alert is never shown silenced.</summary>
    public static IReadOnlyList<AlertView> Of(IReadOnlyList<AlertRecord> alerts, IReadOnlyList<AlertAcknowledgement> acknowledgements,
        IReadOnlyList<AlertSilence> silences, DateTimeOffset now)
    {
        var byAlert = acknowledgements.ToDictionary(a => a.AlertId);
        return alerts.Select(a =>
        {
            var ack = byAlert.GetValueOrDefault(a.Id);
            var silence = a.ResolvedAt is null
                ? silences.Where(s => s.Covers(a.Monitor, a.Subject, now)).MaxBy(s => s.SilencedUntil)
                : null;
            return Unanswered(a) with
            {
                AcknowledgedBy = ack?.AcknowledgedBy, AcknowledgedAt = ack?.AcknowledgedAt,
                Silenced = silence is not null, SilenceId = silence?.Id, SilencedUntil = silence?.SilencedUntil,
            };
        }).ToList();
    }
}
