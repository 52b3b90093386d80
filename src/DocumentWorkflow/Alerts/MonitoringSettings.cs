namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Configuration section <c>Monitoring</c>: the alert monitors' thresholds. The stuck-document
/// thresholds are <c>Polling:StuckAfter</c> and <c>Polling:TimeoutAfter</c> (as for the stuck gauge), the
/// incomplete-submission one <c>Form526:CompletionSla</c>, the stall one 2 x <c>Polling:Interval</c>.</summary>
public sealed class MonitoringSettings
{
    public const string SectionName = "Monitoring";

    /// <summary>How often the monitors run besides after every poll cycle (so a dead poller is noticed).</summary>
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A provider's status calls failing in this many consecutive cycles fires provider_status_errors.</summary>
    public int ProviderErrorCycles { get; set; } = 3;

    /// <summary>upload_failed documents among those registered in the window above this ratio (0..1) fire upload_failures.</summary>
    public double UploadFailureRatio { get; set; } = 0.05;

    public TimeSpan UploadFailureWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Fewer documents registered in the window than this never fire upload_failures.</summary>
    public int UploadFailureMinimum { get; set; } = 20;

    /// <summary>More transitions to failed within the window than this fire failure_spike.</summary>
    public int FailureSpikeThreshold { get; set; } = 20;

    public TimeSpan FailureSpikeWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>This many failure notices failed for good within the window (VA Notify refused them, or they ran out of
    /// attempts) fire failure_notices (critical): each one is a veteran not told.</summary>
    public int NoticeFailureThreshold { get; set; } = 1;

    public TimeSpan NoticeFailureWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A notice still not sent this long after it was queued fires failure_notices (warning): VA Notify keeps
    /// failing or the sender is not running.</summary>
    public TimeSpan NoticeOverdueAfter { get; set; } = TimeSpan.FromHours(1);

    public IEnumerable<string> Validate()
    {
        if (EvaluationInterval <= TimeSpan.Zero) yield return "Monitoring:EvaluationInterval must be positive.";
        if (ProviderErrorCycles < 1) yield return "Monitoring:ProviderErrorCycles must be at least 1.";
        if (UploadFailureRatio is < 0 or >= 1 || double.IsNaN(UploadFailureRatio))
            yield return "Monitoring:UploadFailureRatio must be at least 0 and below 1.";
        if (UploadFailureWindow <= TimeSpan.Zero) yield return "Monitoring:UploadFailureWindow must be positive.";
        if (UploadFailureMinimum < 1) yield return "Monitoring:UploadFailureMinimum must be at least 1.";
        if (FailureSpikeThreshold < 0) yield return "Monitoring:FailureSpikeThreshold must not be negative.";
        if (FailureSpikeWindow <= TimeSpan.Zero) yield return "Monitoring:FailureSpikeWindow must be positive.";
        if (NoticeFailureThreshold < 1) yield return "Monitoring:NoticeFailureThreshold must be at least 1.";
        if (NoticeFailureWindow <= TimeSpan.Zero) yield return "Monitoring:NoticeFailureWindow must be positive.";
        if (NoticeOverdueAfter <= TimeSpan.Zero) yield return "Monitoring:NoticeOverdueAfter must be positive.";
    }
}
