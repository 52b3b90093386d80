namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>A document's failure notice as operators see it in its history.</summary>
public sealed record NoticeRecord(
    string Kind,
    string State,
    int Attempts,
    DateTimeOffset QueuedAt,
    DateTimeOffset? FinishedAt,
    DateTimeOffset NextAttemptAt,
    string? NotificationId,
    string? Detail);
