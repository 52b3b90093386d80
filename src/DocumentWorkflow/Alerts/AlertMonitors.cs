using System.Globalization;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>The alert monitors. Pure: each turns a snapshot of facts and the thresholds into the conditions
/// true right now; the evaluator reads the facts and the reconciler turns conditions into alert changes.</summary>
public static class AlertMonitors
{
    public static IReadOnlyList<AlertCondition> Evaluate(MonitorFacts facts, MonitorThresholds thresholds, DateTimeOffset now) =>
    [
        .. PollerStalled(facts, thresholds, now),
        .. ProviderStatusErrors(facts, thresholds),
        .. UploadFailures(facts, thresholds),
        .. FailureSpike(facts, thresholds),
        .. StuckDocuments(facts, thresholds),
        .. IncompleteSubmissions(facts, thresholds),
        .. FailureNotices(facts, thresholds),
    ];

    /// <summary>No cycle completed (succeeded or completed with provider errors) within 2 x Polling:Interval of
    /// the last one that did, or of the service's start when none did. Failed and abandoned cycles do not count.</summary>
    public static IEnumerable<AlertCondition> PollerStalled(MonitorFacts facts, MonitorThresholds thresholds, DateTimeOffset now)
    {
        var last = facts.RecentCycles.Where(IsCompleted).Select(c => c.FinishedAt).Max();
        var since = last ?? facts.ServiceStartedAt;
        var quiet = now - since;
        if (quiet <= thresholds.StallAfter) yield break;
        var from = last is null ? "since the service started" : "since the last one";
        yield return new AlertCondition(AlertMonitorNames.PollerStalled, "", AlertSeverities.Critical,
            $"No poll cycle has completed for {DurationText.Format(quiet)} {from} (expected one every " +
            $"{DurationText.Format(thresholds.PollingInterval)}; alert after {DurationText.Format(thresholds.StallAfter)}).");
    }

    /// <summary>A provider whose status calls failed in each of the last N finished cycles, or every one of
    /// them in the last finished cycle (a total outage pages at once, not N intervals later).</summary>
    public static IEnumerable<AlertCondition> ProviderStatusErrors(MonitorFacts facts, MonitorThresholds thresholds)
    {
        var finished = facts.RecentCycles.Where(c => c.Outcome != PollCycleRecord.Running)
            .OrderByDescending(c => c.StartedAt).ToList();
        var providers = finished.SelectMany(c => c.ProviderErrorsByProvider.Keys).Distinct().Order(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            var streak = finished.TakeWhile(c => c.ProviderErrorsByProvider.GetValueOrDefault(provider) > 0).ToList();
            if (streak.Count > 0 && streak.Count < thresholds.ProviderErrorCycles && IsTotalOutage(streak[0], provider))
            {
                var failed = streak[0].ProviderErrorsByProvider[provider];
                yield return new AlertCondition(AlertMonitorNames.ProviderStatusErrors, provider, AlertSeverities.Critical,
                    $"Every status call to provider {provider} failed in the last poll cycle ({failed} of {failed} batches): " +
                    "a total outage pages after one cycle.");
                continue;
            }
            if (streak.Count < thresholds.ProviderErrorCycles) continue;
            var batches = streak.Sum(c => c.ProviderErrorsByProvider[provider]);
            yield return new AlertCondition(AlertMonitorNames.ProviderStatusErrors, provider, AlertSeverities.Critical,
                $"Status calls to provider {provider} failed in each of the last {streak.Count} poll cycles " +
                $"({batches} failed batches; alert after {thresholds.ProviderErrorCycles} cycles in a row).");
        }
    }

    private static bool IsTotalOutage(PollCycleRecord cycle, string provider) =>
        cycle.ProviderBatchesByProvider.GetValueOrDefault(provider) is var asked and > 0
        && cycle.ProviderErrorsByProvider.GetValueOrDefault(provider) >= asked;

    /// <summary>Per provider: upload_failed documents among those registered in the window, above the ratio,
    /// once at least the minimum number of documents was registered (1 failure of 1 upload pages nobody).</summary>
    public static IEnumerable<AlertCondition> UploadFailures(MonitorFacts facts, MonitorThresholds thresholds)
    {
        foreach (var counts in facts.Uploads.OrderBy(u => u.Provider, StringComparer.Ordinal))
        {
            if (counts.Registered < thresholds.UploadFailureMinimum || counts.Registered == 0) continue;
            var ratio = (double)counts.UploadFailed / counts.Registered;
            if (ratio <= thresholds.UploadFailureRatio) continue;
            yield return new AlertCondition(AlertMonitorNames.UploadFailures, counts.Provider, AlertSeverities.Critical,
                $"{counts.UploadFailed} of {counts.Registered} uploads to provider {counts.Provider} failed in the last " +
                $"{DurationText.Format(thresholds.UploadFailureWindow)} ({Percent(ratio)}; threshold {Percent(thresholds.UploadFailureRatio)}).");
        }
    }

    /// <summary>More transitions to failed within the window (an hour by default) than the threshold.</summary>
    public static IEnumerable<AlertCondition> FailureSpike(MonitorFacts facts, MonitorThresholds thresholds)
    {
        if (facts.FailedTransitions <= thresholds.FailureSpikeThreshold) yield break;
        yield return new AlertCondition(AlertMonitorNames.FailureSpike, "", AlertSeverities.Warning,
            $"{facts.FailedTransitions} documents failed in the last {DurationText.Format(thresholds.FailureSpikeWindow)} " +
            $"(threshold {thresholds.FailureSpikeThreshold}).");
    }

    /// <summary>Two subjects, one per level, so reaching critical pages again. Each document counts once, at its
    /// level: warning = pending past the warning threshold but not yet past the critical one; critical = pending
    /// past the critical threshold, or timed_out (the state machine's name for exactly that, still unfinished).</summary>
    public static IEnumerable<AlertCondition> StuckDocuments(MonitorFacts facts, MonitorThresholds thresholds)
    {
        var warning = Math.Max(0, facts.StuckPastWarning - facts.StuckPastCritical);
        var critical = facts.StuckPastCritical + facts.TimedOut;
        if (warning > 0)
        {
            yield return new AlertCondition(AlertMonitorNames.StuckDocuments, AlertSeverities.Warning, AlertSeverities.Warning,
                $"{Documents(warning)} submitted or in progress for more than {DurationText.Format(thresholds.StuckWarningAfter)} " +
                "without a final status.");
        }
        if (critical > 0)
        {
            yield return new AlertCondition(AlertMonitorNames.StuckDocuments, AlertSeverities.Critical, AlertSeverities.Critical,
                $"{Documents(critical)} without a final status more than {DurationText.Format(thresholds.StuckCriticalAfter)} " +
                $"after upload ({facts.StuckPastCritical} still pending, {facts.TimedOut} timed out).");
        }
    }

    /// <summary>Veterans not told of a failed document: notices failed for good within the window (critical), or
    /// notices still not sent long after they were queued (warning: VA Notify keeps failing, or nothing sends).</summary>
    public static IEnumerable<AlertCondition> FailureNotices(MonitorFacts facts, MonitorThresholds thresholds)
    {
        if (facts.Notices is not { } notices) yield break;
        if (notices.FailedInWindow >= thresholds.NoticeFailureThreshold)
        {
            yield return new AlertCondition(AlertMonitorNames.FailureNotices, AlertSeverities.Critical, AlertSeverities.Critical,
                $"{notices.FailedInWindow} failure notice(s) to veterans failed for good in the last " +
                $"{DurationText.Format(thresholds.NoticeFailureWindow)}: those veterans were not told.");
        }
        if (notices.Overdue > 0)
        {
            yield return new AlertCondition(AlertMonitorNames.FailureNotices, AlertSeverities.Warning, AlertSeverities.Warning,
                $"{notices.Overdue} failure notice(s) to veterans still not sent more than " +
                $"{DurationText.Format(thresholds.NoticeOverdueAfter)} after they were queued.");
        }
    }

    /// <summary>One alert per Form 526 submission older than the SLA with an expected document not completed
    /// (subject: the submission id), so a second late submission pages too, and each resolves when its own
    /// documents complete. Beyond the listed ones, one more alert (subject "") says that there are more.</summary>
    public static IEnumerable<AlertCondition> IncompleteSubmissions(MonitorFacts facts, MonitorThresholds thresholds)
    {
        var incomplete = facts.IncompleteSubmissions;
        var sla = DurationText.Format(thresholds.CompletionSla);
        foreach (var submission in incomplete.Submissions)
        {
            var missing = submission.Expected.Where(e => e.Status != DocumentStatuses.Completed).Select(Missing);
            yield return new AlertCondition(AlertMonitorNames.IncompleteSubmissions, submission.SubmissionId,
                AlertSeverities.Warning,
                $"Form 526 submission {submission.SubmissionId}, submitted {Utc(submission.SubmittedAt)}, is missing " +
                $"{string.Join(", ", missing)} more than {sla} after submission.");
        }
        if (incomplete.MoreThanListed)
        {
            yield return new AlertCondition(AlertMonitorNames.IncompleteSubmissions, "", AlertSeverities.Warning,
                $"More than {incomplete.Submissions.Count} Form 526 submissions are missing a completed document more " +
                $"than {sla} after submission; the oldest {incomplete.Submissions.Count} have alerts of their own.");
        }
    }

    // "form_0781 (failed)", "bdd_instructions (not uploaded)", "veteran_upload att-1 (in_progress)"
    private static string Missing(Form526ExpectedDocumentView expected)
    {
        var name = expected.AttachmentId is { } attachment ? $"{expected.Kind} {attachment}" : expected.Kind;
        return $"{name} ({expected.Status ?? "not uploaded"})";
    }

    private static string Utc(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    private static bool IsCompleted(PollCycleRecord cycle) =>
        cycle.FinishedAt is not null
        && cycle.Outcome is PollCycleRecord.Succeeded or PollCycleRecord.CompletedWithErrors;

    private static string Documents(long count) => count == 1 ? "1 document has been" : $"{count} documents have been";

    private static string Percent(double ratio) => ratio.ToString("0.#%", CultureInfo.InvariantCulture);
}
