namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>The body of POST /ops/api/alerts/silences (and the alerts page's silence form).</summary>
/// <param name="Subject">One subject ("" for a monitor with one subject), or null / "*" for every subject of the monitor.</param>
/// <param name="DurationMinutes">How long, between <see cref="SilenceRules.MinDuration"/> and <see cref="SilenceRules.MaxDuration"/>.</param>
/// <param name="Reason">Required: why the pager may stay quiet, for whoever reads it later.</param>
public sealed record SilenceRequest(string? Monitor, string? Subject, int? DurationMinutes, string? Reason);
