namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>An operator took one firing of an alert in hand: no further webhook is sent for it. A resolved and
/// refired alert is a new firing (a new id) and notifies again.</summary>
public sealed record AlertAcknowledgement(Guid AlertId, string AcknowledgedBy, DateTimeOffset AcknowledgedAt);
