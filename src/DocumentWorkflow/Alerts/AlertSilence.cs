namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>An operator muted the webhook for a monitor and subject for a stated time, with a reason. Alerts it
/// covers are still evaluated, stored and shown (marked silenced); only the webhook stays quiet.</summary>
/// <param name="Subject">One subject of the monitor ("" for a monitor with one subject), or null for every subject.</param>
/// <param name="SilencedUntil">When it ends by itself.</param>
/// <param name="EndedBy">The operator who ended it early, or null.</param>
public sealed record AlertSilence(
    Guid Id,
    string Monitor,
    string? Subject,
    string Reason,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset SilencedUntil,
    string? EndedBy,
    DateTimeOffset? EndedAt)
{
    /// <summary>Started, not ended early, and not yet past its end.</summary>
    public bool IsRunningAt(DateTimeOffset now) => EndedAt is null && CreatedAt <= now && now < SilencedUntil;

    /// <summary>Running now and about this monitor and subject.</summary>
    public bool Covers(string monitor, string subject, DateTimeOffset now) =>
        IsRunningAt(now) && Monitor == monitor && (Subject is null || Subject == subject);
}
