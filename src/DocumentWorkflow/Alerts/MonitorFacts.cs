using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>Everything the monitors look at, read once per evaluation; the monitors themselves are pure.</summary>
/// <param name="ServiceStartedAt">When this process started: the stall clock's origin when no cycle finished.</param>
/// <param name="RecentCycles">The latest poll cycles, newest first (running ones included; monitors skip them).</param>
/// <param name="Uploads">Per provider, documents registered within the upload-failure window.</param>
/// <param name="FailedTransitions">Transitions to <c>failed</c> within the failure-spike window.</param>
/// <param name="StuckPastWarning">Submitted or in-progress documents older than the warning threshold (all of them,
/// those past the critical threshold included).</param>
/// <param name="StuckPastCritical">Submitted or in-progress documents older than the critical threshold.</param>
/// <param name="TimedOut">Documents in <c>timed_out</c>: no final status by the critical threshold, still polled.</param>
/// <param name="Notices">Failure notices failed for good within the window, and pending ones overdue.</param>
public sealed record MonitorFacts(
    DateTimeOffset ServiceStartedAt,
    IReadOnlyList<PollCycleRecord> RecentCycles,
    IReadOnlyList<ProviderUploadCounts> Uploads,
    long FailedTransitions,
    long StuckPastWarning,
    long StuckPastCritical,
    long TimedOut,
    IncompleteSubmissionFacts IncompleteSubmissions,
    NoticeFacts? Notices = null);
