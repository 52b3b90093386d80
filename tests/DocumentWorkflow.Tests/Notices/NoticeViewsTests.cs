using DocumentUploads.DocumentWorkflow.Notices;

namespace DocumentUploads.DocumentWorkflow.Tests.Notices;

public sealed class NoticeViewsTests
{
    private static readonly DateTimeOffset Queued = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private static NoticeRecord Record(string state, int attempts = 1, string? id = null, string? detail = null, DateTimeOffset? finished = null) =>
        new(NoticeKinds.ClaimEvidence, state, attempts, Queued, finished, Queued.AddMinutes(5), id, detail);

    [Fact]
    public void A_sent_notice_says_when_and_its_notification_id() =>
        Assert.Equal("Veteran notified at 2026-12-04 09:01:00 UTC (notification n-1).",
            NoticeViews.Summary(Record(NoticeStates.Sent, id: "n-1", finished: Queued.AddMinutes(1))));

    [Fact]
    public void A_failed_notice_says_why() =>
        Assert.Equal("Veteran not notified: 400 ValidationError: bad (failed at 2026-12-04 09:02:00 UTC).",
            NoticeViews.Summary(Record(NoticeStates.Failed, detail: "400 ValidationError: bad", finished: Queued.AddMinutes(2))));

    [Fact]
    public void A_skipped_notice_says_why() =>
        Assert.Equal("Veteran not notified: flag off", NoticeViews.Summary(Record(NoticeStates.Skipped, 0, detail: "flag off")));

    [Fact]
    public void A_pending_notice_says_whether_it_was_tried_and_when_it_is_tried_next()
    {
        Assert.Equal("Notice to the veteran queued at 2026-12-04 09:00:00 UTC, not sent yet.",
            NoticeViews.Summary(Record(NoticeStates.Pending, 0)));
        Assert.Equal("Notice to the veteran not sent yet: attempt 2 failed (503 down); next try at 2026-12-04 09:05:00 UTC.",
            NoticeViews.Summary(Record(NoticeStates.Pending, 2, detail: "503 down")));
    }

    [Fact]
    public void The_view_carries_the_record_and_its_summary()
    {
        var view = Record(NoticeStates.Sent, id: "n-1", finished: Queued).ToView();
        Assert.Equal((NoticeStates.Sent, "n-1", 1), (view.State, view.NotificationId, view.Attempts));
        Assert.StartsWith("Veteran notified", view.Summary);
    }
}
