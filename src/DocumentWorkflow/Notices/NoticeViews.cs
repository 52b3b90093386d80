using System.Globalization;
using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>Pure: a notice as the document's history shows it.</summary>
public static class NoticeViews
{
    public static VeteranNoticeView ToView(this NoticeRecord n) => new(n.Kind, n.State, n.Attempts, n.QueuedAt, n.FinishedAt,
        n.NotificationId, n.Detail, Summary(n));

    /// <summary>"Veteran notified at … (notification …)", or why not, in one sentence for an operator.</summary>
    public static string Summary(NoticeRecord n) => n.State switch
    {
        NoticeStates.Sent => $"Veteran notified at {Time(n.FinishedAt)} (notification {n.NotificationId}).",
        NoticeStates.Failed => $"Veteran not notified: {n.Detail} (failed at {Time(n.FinishedAt)}).",
        NoticeStates.Skipped => $"Veteran not notified: {n.Detail}",
        _ when n.Attempts == 0 => $"Notice to the veteran queued at {Time(n.QueuedAt)}, not sent yet.",
        _ => $"Notice to the veteran not sent yet: attempt {n.Attempts} failed ({n.Detail}); next try at {Time(n.NextAttemptAt)}.",
    };

    private static string Time(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "an unknown time";
}
