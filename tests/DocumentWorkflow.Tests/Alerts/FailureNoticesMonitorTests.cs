using DocumentUploads.Alerting;
using DocumentUploads.DocumentWorkflow.Alerts;
using static DocumentUploads.DocumentWorkflow.Tests.Alerts.MonitorFactsBuilder;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

public sealed class FailureNoticesMonitorTests
{
    private static readonly MonitorThresholds WithNotices = Thresholds with
    {
        NoticeFailureThreshold = 2, NoticeFailureWindow = TimeSpan.FromHours(24), NoticeOverdueAfter = TimeSpan.FromHours(1),
    };

    [Fact]
    public void No_failed_or_overdue_notice_raises_nothing()
    {
        Assert.Empty(AlertMonitors.FailureNotices(Healthy with { Notices = new NoticeFacts(0, 0) }, WithNotices));
        Assert.Empty(AlertMonitors.FailureNotices(Healthy, WithNotices)); // no facts read: nothing to say
    }

    [Fact]
    public void Notices_failed_for_good_at_the_threshold_are_critical()
    {
        Assert.Empty(AlertMonitors.FailureNotices(Healthy with { Notices = new NoticeFacts(1, 0) }, WithNotices));

        var condition = Assert.Single(AlertMonitors.FailureNotices(Healthy with { Notices = new NoticeFacts(2, 0) }, WithNotices));

        Assert.Equal((AlertMonitorNames.FailureNotices, AlertSeverities.Critical), (condition.Monitor, condition.Severity));
        Assert.Contains($"2 failure notice(s) to veterans failed for good in the last {DurationText.Format(TimeSpan.FromHours(24))}", condition.Summary);
    }

    [Fact]
    public void Overdue_notices_are_a_warning_beside_the_failures()
    {
        var conditions = AlertMonitors.FailureNotices(Healthy with { Notices = new NoticeFacts(3, 5) }, WithNotices).ToList();

        Assert.Equal([AlertSeverities.Critical, AlertSeverities.Warning], conditions.Select(c => c.Severity));
        Assert.Contains($"5 failure notice(s) to veterans still not sent more than {DurationText.Format(TimeSpan.FromHours(1))}", conditions[1].Summary);
    }

    [Fact]
    public void The_monitor_runs_with_the_others() =>
        Assert.Contains(AlertMonitors.Evaluate(Healthy with { Notices = new NoticeFacts(0, 1) }, WithNotices, Now),
            c => c.Monitor == AlertMonitorNames.FailureNotices);
}
