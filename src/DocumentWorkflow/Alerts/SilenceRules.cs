using DocumentUploads.DocumentWorkflow.Features;

namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Checks a silence request and turns it into a silence. Pure: the same answers for the API and the page.</summary>
public static class SilenceRules
{
    public const string MonitorUnknown = "SILENCE_MONITOR_UNKNOWN";
    public const string DurationInvalid = "SILENCE_DURATION_INVALID";
    public const string ReasonRequired = "SILENCE_REASON_REQUIRED";
    public const string ReasonTooLong = "SILENCE_REASON_TOO_LONG";
    public const string SubjectTooLong = "SILENCE_SUBJECT_TOO_LONG";

    /// <summary>Written as the subject to silence every subject of a monitor.</summary>
    public const string EverySubject = "*";

    public const int MaxReasonLength = 500;
    public const int MaxSubjectLength = 200;

    /// <summary>Shorter is not worth a form; longer should be fixing the monitor's threshold instead.</summary>
    public static readonly TimeSpan MinDuration = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(7);

    /// <summary>The first thing wrong with the request, or null when it can be started.</summary>
    public static ProblemDetailsBody? Problem(SilenceRequest request)
    {
        if (request.Monitor is not { } monitor || !AlertMonitorNames.All.Contains(monitor))
        {
            return new ProblemDetailsBody(MonitorUnknown,
                $"monitor must be one of {string.Join(", ", AlertMonitorNames.All)}.");
        }
        if (request.Subject is { Length: > MaxSubjectLength })
        {
            return new ProblemDetailsBody(SubjectTooLong, $"subject must be at most {MaxSubjectLength} characters.");
        }
        if (request.DurationMinutes is not { } minutes || minutes < MinDuration.TotalMinutes || minutes > MaxDuration.TotalMinutes)
        {
            return new ProblemDetailsBody(DurationInvalid,
                $"durationMinutes must be a whole number of minutes from {MinDuration.TotalMinutes} to {MaxDuration.TotalMinutes} (7 days).");
        }
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return new ProblemDetailsBody(ReasonRequired, "reason is required: say why the webhook may stay quiet.");
        }
        if (request.Reason.Trim().Length > MaxReasonLength)
        {
            return new ProblemDetailsBody(ReasonTooLong, $"reason must be at most {MaxReasonLength} characters.");
        }
        return null;
    }

    /// <summary>The silence a valid request starts (check <see cref="Problem"/> first).</summary>
    public static AlertSilence Start(SilenceRequest request, string createdBy, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), request.Monitor!, request.Subject is null or EverySubject ? null : request.Subject.Trim(),
            request.Reason!.Trim(), createdBy, now, now.AddMinutes(request.DurationMinutes!.Value), null, null);
}
