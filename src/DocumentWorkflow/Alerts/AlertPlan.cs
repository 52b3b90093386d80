namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>What one evaluation changes: alerts to fire, active alerts whose condition still holds (their
/// last_seen_at, severity and summary are refreshed), and active alerts whose condition is gone.</summary>
public sealed record AlertPlan(
    IReadOnlyList<AlertCondition> Fire,
    IReadOnlyList<(AlertRecord Alert, AlertCondition Condition)> Stay,
    IReadOnlyList<AlertRecord> Resolve);
