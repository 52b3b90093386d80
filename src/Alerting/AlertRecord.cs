namespace DocumentUploads.Alerting;

/// <summary>One firing of one alert monitor, from when it fired until it resolved by itself.</summary>
/// <param name="Monitor">Which monitor fired: document-workflow's poller_stalled, provider_status_errors,
/// upload_failures, failure_spike, stuck_documents, incomplete_submissions; upload-api's workflow_unreachable.</param>
/// <param name="Subject">What it is about within the monitor (a provider id, a severity level), or "" when the
/// monitor has one subject; (Monitor, Subject) is active at most once.</param>
/// <param name="Severity">warning or critical.</param>
/// <param name="Summary">One sentence an operator reads at 3 a.m.: what is wrong, with the numbers.</param>
public sealed record AlertRecord(
    Guid Id,
    string Monitor,
    string Subject,
    string Severity,
    string Summary,
    DateTimeOffset FiredAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset? ResolvedAt);
