namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>Failure notices to veterans for the dashboard and <c>/ops/api/notices</c>: totals by state, those failed
/// for good in the last 24 hours, and those queued over an hour ago and still not sent.</summary>
public sealed record NoticesReport(DateTimeOffset GeneratedAt, long Sent, long Pending, long Failed, long Skipped,
    long FailedLast24Hours, long PendingOverAnHour)
{
    public static async Task<NoticesReport> ReadAsync(INoticeStore notices, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var counts = await notices.CountAsync(now - TimeSpan.FromHours(24), now - TimeSpan.FromHours(1), cancellationToken);
        return new NoticesReport(now, counts.Sent, counts.Pending, counts.Failed, counts.Skipped, counts.FailedSince,
            counts.PendingOverdue);
    }
}
