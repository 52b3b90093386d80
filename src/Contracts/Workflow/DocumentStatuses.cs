namespace DocumentUploads.Contracts.Workflow;

/// <summary>The status values the public API reports.</summary>
public static class DocumentStatuses
{
    public const string Submitted = "submitted";
    public const string InProgress = "in_progress";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string UploadFailed = "upload_failed";
    public const string NotFound = "not_found";
    public const string TimedOut = "timed_out";
}
