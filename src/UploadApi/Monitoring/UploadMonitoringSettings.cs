namespace DocumentUploads.UploadApi.Monitoring;

/// <summary>Configuration section <c>Monitoring</c> as upload-api reads it.</summary>
public sealed class UploadMonitoringSettings
{
    public const string SectionName = "Monitoring";

    /// <summary>How long registrations must keep failing before <c>workflow_unreachable</c> fires.</summary>
    public TimeSpan WorkflowUnreachableAfter { get; set; } = TimeSpan.FromMinutes(2);

    public IEnumerable<string> Validate()
    {
        if (WorkflowUnreachableAfter <= TimeSpan.Zero) yield return "Monitoring:WorkflowUnreachableAfter must be positive.";
    }
}
