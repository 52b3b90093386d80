namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>Notices by state, and how many failed for good since a given time (for the monitor).</summary>
public sealed record NoticeCounts(long Pending, long Sent, long Failed, long Skipped, long FailedSince, long PendingOverdue);
