namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>The monitors' names, as stored, logged, tagged and sent.</summary>
public static class AlertMonitorNames
{
    public const string PollerStalled = "poller_stalled";
    public const string ProviderStatusErrors = "provider_status_errors";
    public const string UploadFailures = "upload_failures";
    public const string FailureSpike = "failure_spike";
    public const string StuckDocuments = "stuck_documents";
    public const string IncompleteSubmissions = "incomplete_submissions";
    public const string FailureNotices = "failure_notices";

    public static readonly IReadOnlyList<string> All =
        [PollerStalled, ProviderStatusErrors, UploadFailures, FailureSpike, StuckDocuments, IncompleteSubmissions, FailureNotices];
}
