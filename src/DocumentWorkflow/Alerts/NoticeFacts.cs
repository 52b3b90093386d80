namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>What the failure_notices monitor looks at: notices failed for good within
/// <c>Monitoring:NoticeFailureWindow</c>, and notices still pending <c>Monitoring:NoticeOverdueAfter</c> after queueing.</summary>
public sealed record NoticeFacts(long FailedInWindow, long Overdue);
