namespace DocumentUploads.Contracts.Workflow;

/// <summary>The failure notice to the document's veteran: its state (pending, sent, failed, skipped), VA Notify's
/// notification id once sent, why not otherwise, and one sentence saying so for people.</summary>
public sealed record VeteranNoticeView(
    string Kind,
    string State,
    int Attempts,
    DateTimeOffset QueuedAt,
    DateTimeOffset? FinishedAt,
    string? NotificationId,
    string? Detail,
    string Summary);
