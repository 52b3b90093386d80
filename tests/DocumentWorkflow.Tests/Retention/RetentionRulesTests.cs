using DocumentUploads.DocumentWorkflow.Retention;

namespace DocumentUploads.DocumentWorkflow.Tests.Retention;

/// <summary>Which documents retention lets go, and when, for every status and mark; the keep request's checks; the
/// settings' checks.</summary>
public sealed class RetentionRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan SixtyDays = TimeSpan.FromDays(60);
    private static readonly DocumentKeep Keep = new(T0, "ops-1", "disputed");

    [Fact]
    public void The_cut_off_is_the_retention_period_before_now() =>
        Assert.Equal(T0 - SixtyDays, RetentionRules.DeleteBefore(T0, SixtyDays));

    [Theory]
    [InlineData(0, 1000, false)]
    [InlineData(999, 1000, false)]
    [InlineData(1000, 1000, true)]
    [InlineData(1, 1, true)]
    public void Only_a_full_slice_means_more_may_be_waiting(int deleted, int sliceSize, bool more) =>
        Assert.Equal(more, RetentionRules.MoreToDelete(deleted, sliceSize));

    [Theory]
    [InlineData(10, 100, 100)]
    [InlineData(100, 100, 100)]
    [InlineData(250, 100, 250)]
    [InlineData(250, 0, 250)]
    [InlineData(0, 0, 0)]
    public void The_rest_after_a_slice_is_the_pause_or_as_long_as_the_slice_took_whichever_is_longer(int tookMs, int pauseMs, int restMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(restMs),
            RetentionRules.PauseAfter(TimeSpan.FromMilliseconds(tookMs), TimeSpan.FromMilliseconds(pauseMs)));

    [Theory]
    [InlineData("completed")]
    [InlineData("failed")]
    [InlineData("upload_failed")]
    [InlineData("not_found")]
    public void A_finished_document_becomes_deletable_the_retention_period_after_its_last_transition(string status)
    {
        var outlook = RetentionRules.Outlook(new DocumentRetentionFacts(Guid.NewGuid(), status, T0, false, null), SixtyDays);
        Assert.Equal(T0 + SixtyDays, outlook.DeletableFrom);
        Assert.StartsWith("finished", outlook.Rule);
    }

    [Theory]
    [InlineData("submitted", false, false)]
    [InlineData("in_progress", false, false)]
    [InlineData("timed_out", false, false)]
    [InlineData("timed_out", true, true)]
    [InlineData("submitted", true, false)]
    [InlineData("no_such_status", false, false)]
    public void A_pending_document_is_never_deletable_whatever_its_marks(string status, bool kept, bool form526)
    {
        var outlook = RetentionRules.Outlook(new DocumentRetentionFacts(Guid.NewGuid(), status, T0, form526, kept ? Keep : null), SixtyDays);
        Assert.Equal((null, true), (outlook.DeletableFrom, outlook.Rule.StartsWith("pending", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("completed", true, false, "kept by an operator")]
    [InlineData("failed", true, true, "kept by an operator")]
    [InlineData("completed", false, true, "a Form 526 submission's document: kept with the submission")]
    [InlineData("not_found", false, true, "a Form 526 submission's document: kept with the submission")]
    public void A_kept_or_Form_526_finished_document_is_never_deletable(string status, bool kept, bool form526, string rule) =>
        Assert.Equal(new RetentionOutlook(null, rule),
            RetentionRules.Outlook(new DocumentRetentionFacts(Guid.NewGuid(), status, T0, form526, kept ? Keep : null), SixtyDays));

    [Fact]
    public void The_view_carries_the_mark_and_the_outlook()
    {
        var id = Guid.NewGuid();
        Assert.Equal(new DocumentRetentionView(id, true, T0, "ops-1", "disputed", null, "kept by an operator"),
            DocumentRetentionView.From(new DocumentRetentionFacts(id, "completed", T0, false, Keep), SixtyDays));
        Assert.Equal(new DocumentRetentionView(id, false, null, null, null, T0 + SixtyDays, "finished: deleted after the retention period"),
            DocumentRetentionView.From(new DocumentRetentionFacts(id, "completed", T0, false, null), SixtyDays));
    }

    [Theory]
    [InlineData(null, "why", "KEEP_REQUIRED")]
    [InlineData(true, null, "KEEP_REASON_REQUIRED")]
    [InlineData(true, "   ", "KEEP_REASON_REQUIRED")]
    [InlineData(true, "x501", "KEEP_REASON_TOO_LONG")]
    [InlineData(false, "x501", "KEEP_REASON_TOO_LONG")]
    [InlineData(true, "disputed by the veteran", null)]
    [InlineData(true, "x500", null)]
    [InlineData(false, null, null)]
    [InlineData(false, "", null)]
    public void A_keep_request_needs_a_choice_and_a_short_reason_to_keep(bool? keep, string? reason, string? code)
    {
        // "xN" stands for a reason N characters long.
        var text = reason is ['x', .. var n] && int.TryParse(n, out var length) ? new string('r', length) : reason;
        Assert.Equal(code, new KeepRequest(keep, text).Problem()?.Code);
    }

    [Theory]
    [InlineData("23:59:59", 1000, "01:00:00", "Retention:FinishedAfter")]
    [InlineData("00:00:00", 1000, "01:00:00", "Retention:FinishedAfter")]
    [InlineData("60.00:00:00", 0, "01:00:00", "Retention:SliceSize")]
    [InlineData("60.00:00:00", 10_001, "01:00:00", "Retention:SliceSize")]
    [InlineData("60.00:00:00", 1000, "00:00:00", "Retention:Interval")]
    [InlineData("60.00:00:00", 1000, "-00:00:01", "Retention:Interval")]
    [InlineData("60.00:00:00", 1000, "01:00:00", "Retention:SlicePause", "-00:00:00.001")]
    [InlineData("60.00:00:00", 1000, "01:00:00", "Retention:SlicePause", "00:01:00.001")]
    public void Settings_that_would_delete_fresh_documents_hold_the_write_gate_too_long_or_never_run_are_refused(
        string finishedAfter, int sliceSize, string interval, string key, string slicePause = "00:00:00.1")
    {
        var settings = new RetentionSettings
        {
            FinishedAfter = TimeSpan.Parse(finishedAfter), SliceSize = sliceSize, Interval = TimeSpan.Parse(interval),
            SlicePause = TimeSpan.Parse(slicePause),
        };
        Assert.StartsWith(key, Assert.Single(settings.Validate()));
    }

    [Fact]
    public void The_defaults_are_valid_and_as_documented()
    {
        var settings = new RetentionSettings();
        Assert.Empty(settings.Validate());
        Assert.Equal((true, TimeSpan.FromDays(60), 1000, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1)),
            (settings.Enabled, settings.FinishedAfter, settings.SliceSize, settings.SlicePause, settings.Interval));
        Assert.Empty(new RetentionSettings { FinishedAfter = TimeSpan.FromDays(1), SliceSize = 1, SlicePause = TimeSpan.Zero }.Validate());
        Assert.Empty(new RetentionSettings { SlicePause = TimeSpan.FromMinutes(1) }.Validate());
        Assert.Empty(new RetentionSettings { SliceSize = RetentionSettings.MaxSliceSize }.Validate());
    }
}
