namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>What a send attempt leaves on the notice: its new state, whether the attempt counts, when to try again
/// (pending only), the notification id (sent only) and why (anything but sent).</summary>
public sealed record NoticeOutcome(string State, bool Attempted, DateTimeOffset? NextAttemptAt, string? NotificationId, string? Detail)
{
    /// <summary>The metric's outcome tag: sent, retried, failed or skipped.</summary>
    public string MetricName => State == NoticeStates.Pending ? "retried" : State;
}
