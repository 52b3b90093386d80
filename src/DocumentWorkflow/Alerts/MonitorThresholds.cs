namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>The numbers the monitors compare facts against, gathered from Monitoring:*, Polling:* and Form526:*.</summary>
public sealed record MonitorThresholds(
    TimeSpan PollingInterval,
    int ProviderErrorCycles,
    double UploadFailureRatio,
    TimeSpan UploadFailureWindow,
    int UploadFailureMinimum,
    int FailureSpikeThreshold,
    TimeSpan FailureSpikeWindow,
    TimeSpan StuckWarningAfter,
    TimeSpan StuckCriticalAfter,
    TimeSpan CompletionSla,
    int NoticeFailureThreshold,
    TimeSpan NoticeFailureWindow,
    TimeSpan NoticeOverdueAfter)
{
    /// <summary>No completed cycle for this long means the poller has stalled.</summary>
    public TimeSpan StallAfter => PollingInterval * 2;
}
