namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>Configuration section <c>Notifications</c>: how failure notices are sent (where to: <c>VaNotify</c>).</summary>
public sealed class NotificationSettings
{
    public const string SectionName = "Notifications";

    /// <summary>How often the sender looks for notices that are due.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Notices claimed and sent per round.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Sends tried before a notice that keeps meeting 429 or 5xx is failed for good.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the first retry; each further retry waits twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long one send may take. A claimed notice is not claimed again for twice this, so a replica
    /// that dies mid-send delays the notice, and the reference keeps VA Notify from emailing twice.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public NoticeTemplates Templates { get; set; } = new();

    public IEnumerable<string> Validate()
    {
        if (Interval <= TimeSpan.Zero) yield return "Notifications:Interval must be positive.";
        if (BatchSize is < 1 or > 1000) yield return "Notifications:BatchSize must be between 1 and 1000.";
        if (MaxAttempts is < 1 or > 100) yield return "Notifications:MaxAttempts must be between 1 and 100.";
        if (FirstRetryDelay <= TimeSpan.Zero) yield return "Notifications:FirstRetryDelay must be positive.";
        if (MaxRetryDelay < FirstRetryDelay) yield return "Notifications:MaxRetryDelay must not be shorter than FirstRetryDelay.";
        if (SendTimeout <= TimeSpan.Zero) yield return "Notifications:SendTimeout must be positive.";
        foreach (var (name, value) in new[]
                 {
                     (nameof(NoticeTemplates.ClaimEvidence), Templates.ClaimEvidence),
                     (nameof(NoticeTemplates.VeteranUpload), Templates.VeteranUpload),
                     (nameof(NoticeTemplates.Form0781), Templates.Form0781),
                     (nameof(NoticeTemplates.BddInstructions), Templates.BddInstructions),
                 })
        {
            // Unset is allowed (that kind's notices fail visibly); a malformed id would fail every send.
            if (!string.IsNullOrEmpty(value) && !Guid.TryParse(value, out _))
            {
                yield return $"Notifications:Templates:{name} must be a template id (a UUID).";
            }
        }
    }
}
