namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>Where a notice is: waiting to be sent (or retried), sent, failed for good, or not sent on purpose.</summary>
public static class NoticeStates
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
}
