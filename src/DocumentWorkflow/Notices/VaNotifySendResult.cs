namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>What one send to VA Notify came to: its status code (null when no answer came: unreachable or timed
/// out), the notification id on success, VA Notify's own words otherwise, and any Retry-After.</summary>
public sealed record VaNotifySendResult(int? StatusCode, string? NotificationId, string? Error, TimeSpan? RetryAfter = null);
