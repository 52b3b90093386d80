using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Storage;
using static DocumentUploads.DocumentWorkflow.Tests.Alerts.MonitorFactsBuilder;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

/// <summary>Each monitor, at and around each of its thresholds.</summary>
public sealed class AlertMonitorsTests
{
    [Fact]
    public void A_healthy_system_raises_nothing() => Assert.Empty(AlertMonitors.Evaluate(Healthy, Thresholds, Now));

    // poller_stalled: 2 x 10 min interval = 20 min.

    [Theory]
    [InlineData(19, false)]
    [InlineData(20, false)]
    [InlineData(21, true)]
    public void Poller_stalls_when_no_cycle_completed_within_twice_the_interval(int minutesSinceLastCycle, bool stalled)
    {
        var facts = Healthy with { RecentCycles = [Cycle(Now.AddMinutes(-minutesSinceLastCycle))] };
        var conditions = AlertMonitors.PollerStalled(facts, Thresholds, Now).ToList();
        Assert.Equal(stalled, conditions.Count == 1);
        if (stalled)
        {
            var c = conditions[0];
            Assert.Equal((AlertMonitorNames.PollerStalled, "", AlertSeverities.Critical), (c.Monitor, c.Subject, c.Severity));
            Assert.Equal("No poll cycle has completed for 21 min since the last one (expected one every 10 min; alert after 20 min).",
                c.Summary);
        }
    }

    [Fact]
    public void Without_any_cycle_the_stall_is_measured_from_the_service_start()
    {
        var justStarted = Healthy with { RecentCycles = [], ServiceStartedAt = Now.AddMinutes(-5) };
        Assert.Empty(AlertMonitors.PollerStalled(justStarted, Thresholds, Now));

        var longAgo = justStarted with { ServiceStartedAt = Now.AddMinutes(-30) };
        var condition = Assert.Single(AlertMonitors.PollerStalled(longAgo, Thresholds, Now));
        Assert.Contains("30 min since the service started", condition.Summary);
    }

    [Theory]
    [InlineData(PollCycleRecord.Failed)]
    [InlineData(PollCycleRecord.Abandoned)]
    [InlineData(PollCycleRecord.Running)]
    public void Failed_abandoned_and_running_cycles_do_not_count_as_completed(string outcome)
    {
        var facts = Healthy with { RecentCycles = [Cycle(Now.AddMinutes(-1), outcome), Cycle(Now.AddMinutes(-25))] };
        Assert.Single(AlertMonitors.PollerStalled(facts, Thresholds, Now));
    }

    [Fact]
    public void A_cycle_completed_with_provider_errors_is_completed()
    {
        var facts = Healthy with
        {
            RecentCycles = [Cycle(Now.AddMinutes(-1), PollCycleRecord.CompletedWithErrors, Errors(("lighthouse", 1)))],
        };
        Assert.Empty(AlertMonitors.PollerStalled(facts, Thresholds, Now));
    }

    // provider_status_errors: 3 consecutive cycles.

    [Fact]
    public void Provider_errors_in_each_of_the_last_n_cycles_raise_one_alert_for_that_provider()
    {
        var facts = Healthy with
        {
            RecentCycles = Cycles(Errors(("lighthouse", 2)), Errors(("lighthouse", 1), ("champva", 1)),
                Errors(("lighthouse", 4)), Errors()),
        };
        var condition = Assert.Single(AlertMonitors.ProviderStatusErrors(facts, Thresholds));
        Assert.Equal((AlertMonitorNames.ProviderStatusErrors, "lighthouse", AlertSeverities.Critical),
            (condition.Monitor, condition.Subject, condition.Severity));
        Assert.Equal("Status calls to provider lighthouse failed in each of the last 3 poll cycles (7 failed batches; " +
                     "alert after 3 cycles in a row).", condition.Summary);
    }

    [Fact]
    public void Fewer_than_n_consecutive_failing_cycles_raise_nothing()
    {
        var twoOnly = Healthy with { RecentCycles = Cycles(Errors(("lighthouse", 1)), Errors(("lighthouse", 1)), Errors()) };
        Assert.Empty(AlertMonitors.ProviderStatusErrors(twoOnly, Thresholds));

        // The newest cycle succeeded: the streak is broken however long it was before.
        var recovered = Healthy with
        {
            RecentCycles = Cycles(Errors(), Errors(("lighthouse", 1)), Errors(("lighthouse", 1)), Errors(("lighthouse", 1))),
        };
        Assert.Empty(AlertMonitors.ProviderStatusErrors(recovered, Thresholds));
    }

    [Fact]
    public void Each_provider_has_its_own_streak_and_running_cycles_are_skipped()
    {
        var running = Cycle(Now, PollCycleRecord.Running);
        var facts = Healthy with
        {
            RecentCycles = [running, .. Cycles(Errors(("champva", 1), ("lighthouse", 1)), Errors(("champva", 1), ("lighthouse", 1)),
                Errors(("champva", 3), ("lighthouse", 1)))],
        };
        Assert.Equal(["champva", "lighthouse"], AlertMonitors.ProviderStatusErrors(facts, Thresholds).Select(c => c.Subject));
    }

    [Fact]
    public void A_cycle_in_which_every_status_call_to_a_provider_failed_pages_at_once()
    {
        var outage = Cycle(Now.AddMinutes(-1), PollCycleRecord.CompletedWithErrors, Errors(("lighthouse", 3))) with
        {
            ProviderBatchesByProvider = Errors(("lighthouse", 3), ("champva", 2)),
        };
        var facts = Healthy with { RecentCycles = [outage, .. Cycles(Errors(), Errors())] };

        var condition = Assert.Single(AlertMonitors.ProviderStatusErrors(facts, Thresholds));
        Assert.Equal((AlertMonitorNames.ProviderStatusErrors, "lighthouse", AlertSeverities.Critical),
            (condition.Monitor, condition.Subject, condition.Severity));
        Assert.Equal("Every status call to provider lighthouse failed in the last poll cycle (3 of 3 batches): " +
                     "a total outage pages after one cycle.", condition.Summary);
    }

    [Fact]
    public void A_partial_failure_keeps_the_consecutive_cycle_rule()
    {
        var partial = Cycle(Now.AddMinutes(-1), PollCycleRecord.CompletedWithErrors, Errors(("lighthouse", 2))) with
        {
            ProviderBatchesByProvider = Errors(("lighthouse", 5)),
        };
        Assert.Empty(AlertMonitors.ProviderStatusErrors(Healthy with { RecentCycles = [partial, .. Cycles(Errors())] }, Thresholds));

        // An outage in an older cycle, followed by a partial failure, is no longer a total outage.
        var oldOutage = Cycle(Now.AddMinutes(-2), PollCycleRecord.CompletedWithErrors, Errors(("lighthouse", 3))) with
        {
            ProviderBatchesByProvider = Errors(("lighthouse", 3)),
        };
        Assert.Empty(AlertMonitors.ProviderStatusErrors(Healthy with { RecentCycles = [partial, oldOutage] }, Thresholds));
    }

    [Fact]
    public void Cycles_are_taken_newest_first_whatever_order_they_come_in()
    {
        var cycles = Cycles(Errors(), Errors(("lighthouse", 1)), Errors(("lighthouse", 1)), Errors(("lighthouse", 1)));
        var facts = Healthy with { RecentCycles = cycles.Reverse().ToList() };
        Assert.Empty(AlertMonitors.ProviderStatusErrors(facts, Thresholds));
    }

    // upload_failures: more than 10% of at least 10 registered.

    [Theory]
    [InlineData(9, 9, false)]    // below the minimum: 100% of 9 pages nobody
    [InlineData(10, 1, false)]   // exactly 10%: not above
    [InlineData(10, 2, true)]
    [InlineData(100, 11, true)]
    [InlineData(100, 10, false)]
    public void Upload_failures_fire_above_the_ratio_once_enough_documents_were_registered(long registered, long failed, bool fires)
    {
        var facts = Healthy with { Uploads = [new ProviderUploadCounts("lighthouse", registered, failed)] };
        Assert.Equal(fires, AlertMonitors.UploadFailures(facts, Thresholds).Any());
    }

    [Fact]
    public void Upload_failures_are_per_provider_with_the_numbers_in_the_summary()
    {
        var facts = Healthy with
        {
            Uploads = [new ProviderUploadCounts("lighthouse", 40, 4), new ProviderUploadCounts("champva", 12, 3)],
        };
        var condition = Assert.Single(AlertMonitors.UploadFailures(facts, Thresholds));
        Assert.Equal((AlertMonitorNames.UploadFailures, "champva", AlertSeverities.Critical),
            (condition.Monitor, condition.Subject, condition.Severity));
        Assert.Equal("3 of 12 uploads to provider champva failed in the last 60 min (25%; threshold 10%).", condition.Summary);
    }

    // failure_spike: more than 5 in the window.

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void A_failure_spike_is_more_failed_transitions_in_the_window_than_the_threshold(long failed, bool fires)
    {
        var conditions = AlertMonitors.FailureSpike(Healthy with { FailedTransitions = failed }, Thresholds).ToList();
        Assert.Equal(fires, conditions.Count == 1);
        if (fires)
        {
            Assert.Equal((AlertMonitorNames.FailureSpike, "", AlertSeverities.Warning),
                (conditions[0].Monitor, conditions[0].Subject, conditions[0].Severity));
            Assert.Equal("6 documents failed in the last 60 min (threshold 5).", conditions[0].Summary);
        }
    }

    // stuck_documents: one subject per level, each document counted once.

    [Fact]
    public void Stuck_documents_past_the_warning_threshold_only_are_a_warning()
    {
        var condition = Assert.Single(AlertMonitors.StuckDocuments(Healthy with { StuckPastWarning = 2 }, Thresholds));
        Assert.Equal((AlertMonitorNames.StuckDocuments, AlertSeverities.Warning, AlertSeverities.Warning),
            (condition.Monitor, condition.Subject, condition.Severity));
        Assert.Equal("2 documents have been submitted or in progress for more than 24 h without a final status.", condition.Summary);
    }

    [Fact]
    public void Documents_past_the_critical_threshold_or_timed_out_are_critical_and_not_also_a_warning()
    {
        var facts = Healthy with { StuckPastWarning = 1, StuckPastCritical = 1, TimedOut = 2 };
        var condition = Assert.Single(AlertMonitors.StuckDocuments(facts, Thresholds));
        Assert.Equal((AlertSeverities.Critical, AlertSeverities.Critical), (condition.Subject, condition.Severity));
        Assert.Equal("3 documents have been without a final status more than 96 h after upload (1 still pending, 2 timed out).",
            condition.Summary);
    }

    [Fact]
    public void Both_levels_can_hold_at_once()
    {
        var facts = Healthy with { StuckPastWarning = 5, StuckPastCritical = 1 };
        var conditions = AlertMonitors.StuckDocuments(facts, Thresholds).ToList();
        Assert.Equal([AlertSeverities.Warning, AlertSeverities.Critical], conditions.Select(c => c.Subject));
        Assert.StartsWith("4 documents have been", conditions[0].Summary);
        Assert.StartsWith("1 document has been", conditions[1].Summary);
    }

    // incomplete_submissions

    [Fact]
    public void Each_incomplete_submission_is_its_own_alert_naming_what_is_missing()
    {
        var facts = Healthy with
        {
            IncompleteSubmissions = new IncompleteSubmissionFacts(
            [
                Submission("sub-7", new DateTimeOffset(2026, 11, 6, 8, 30, 0, TimeSpan.Zero),
                    Expected(Form526Kinds.BddInstructions, null, DocumentStatuses.Completed),
                    Expected(Form526Kinds.Form0781, null, DocumentStatuses.Failed),
                    Expected(Form526Kinds.VeteranUpload, "att-2", null)),
                Submission("sub-8", new DateTimeOffset(2026, 11, 7, 9, 0, 0, TimeSpan.Zero),
                    Expected(Form526Kinds.Form0781a, null, DocumentStatuses.InProgress)),
            ], MoreThanListed: false),
        };
        var conditions = AlertMonitors.IncompleteSubmissions(facts, Thresholds).ToList();
        Assert.Equal(
        [
            (AlertMonitorNames.IncompleteSubmissions, "sub-7", AlertSeverities.Warning),
            (AlertMonitorNames.IncompleteSubmissions, "sub-8", AlertSeverities.Warning),
        ], conditions.Select(c => (c.Monitor, c.Subject, c.Severity)));
        Assert.Equal("Form 526 submission sub-7, submitted 2026-11-06 08:30:00 UTC, is missing form_0781 (failed), " +
                     "veteran_upload att-2 (not uploaded) more than 72 h after submission.", conditions[0].Summary);
        Assert.Equal("Form 526 submission sub-8, submitted 2026-11-07 09:00:00 UTC, is missing form_0781a (in_progress) " +
                     "more than 72 h after submission.", conditions[1].Summary);
    }

    [Fact]
    public void Beyond_the_listed_submissions_one_more_alert_says_there_are_more()
    {
        var listed = Submission("sub-1", Now.AddDays(-9), Expected(Form526Kinds.BddInstructions, null, null));
        var facts = Healthy with { IncompleteSubmissions = new IncompleteSubmissionFacts([listed], MoreThanListed: true) };
        var conditions = AlertMonitors.IncompleteSubmissions(facts, Thresholds).ToList();
        Assert.Equal(["sub-1", ""], conditions.Select(c => c.Subject));
        Assert.Equal("More than 1 Form 526 submissions are missing a completed document more than 72 h after submission; " +
                     "the oldest 1 have alerts of their own.", conditions[1].Summary);

        var notMore = facts with { IncompleteSubmissions = new IncompleteSubmissionFacts([listed], MoreThanListed: false) };
        Assert.Equal(["sub-1"], AlertMonitors.IncompleteSubmissions(notMore, Thresholds).Select(c => c.Subject));
    }

    [Fact]
    public void Evaluate_gathers_every_monitor()
    {
        // Three failing cycles, all finished an hour ago: stalled as well.
        var failing = Cycles(Errors(("lighthouse", 1)), Errors(("lighthouse", 1)), Errors(("lighthouse", 1)))
            .Select(c => c with { FinishedAt = Now.AddHours(-1) }).ToList();
        var facts = new MonitorFacts(Now.AddDays(-1), failing, [new ProviderUploadCounts("lighthouse", 10, 5)], 6, 3, 1, 0,
            new IncompleteSubmissionFacts([Submission("sub-1", Now.AddDays(-4), Expected(Form526Kinds.Form0781, null, null))], false));
        var keys = AlertMonitors.Evaluate(facts, Thresholds, Now).Select(c => (c.Monitor, c.Subject)).ToList();
        Assert.Equal(
        [
            (AlertMonitorNames.PollerStalled, ""), (AlertMonitorNames.ProviderStatusErrors, "lighthouse"),
            (AlertMonitorNames.UploadFailures, "lighthouse"), (AlertMonitorNames.FailureSpike, ""),
            (AlertMonitorNames.StuckDocuments, AlertSeverities.Warning), (AlertMonitorNames.StuckDocuments, AlertSeverities.Critical),
            (AlertMonitorNames.IncompleteSubmissions, "sub-1"),
        ], keys);
    }

    [Theory]
    [InlineData(30, "30 s")]
    [InlineData(119, "119 s")]
    [InlineData(120, "2 min")]
    [InlineData(5400, "90 min")]
    [InlineData(7200, "2 h")]
    [InlineData(86400, "24 h")]
    [InlineData(172800, "48 h")]
    [InlineData(604800, "7 d")]
    [InlineData(1.5, "1.5 s")]
    public void Durations_read_as_an_operator_says_them(double seconds, string text) =>
        Assert.Equal(text, DurationText.Format(TimeSpan.FromSeconds(seconds)));
}
