using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>Which documents retention deletes, and when. Pure; <see cref="RetentionSql"/> says the same in SQL
/// (and the contract tests hold the two together).</summary>
public static class RetentionRules
{
    /// <summary>Statuses a document never leaves. Pending ones (submitted, in_progress, timed_out) are never deleted.</summary>
    public static readonly IReadOnlyList<string> FinishedStatuses =
        [DocumentStatuses.Completed, DocumentStatuses.Failed, DocumentStatuses.UploadFailed, DocumentStatuses.NotFound];

    /// <summary>Finished documents whose last transition is before this are deleted.</summary>
    public static DateTimeOffset DeleteBefore(DateTimeOffset now, TimeSpan finishedAfter) => now - finishedAfter;

    /// <summary>A full slice means more may be waiting; a short one means the purge is done.</summary>
    public static bool MoreToDelete(int deletedInSlice, int sliceSize) => deletedInSlice >= sliceSize;

    /// <summary>The rest after a full slice: at least the configured pause, and at least as long as the slice took, so a
    /// purge holds the database (on SQLite its one write gate) at most half the time however slow the disk is.</summary>
    public static TimeSpan PauseAfter(TimeSpan sliceTook, TimeSpan slicePause) => sliceTook > slicePause ? sliceTook : slicePause;

    /// <summary>When retention will delete the document, or why it never will.</summary>
    public static RetentionOutlook Outlook(DocumentRetentionFacts document, TimeSpan finishedAfter)
    {
        if (!FinishedStatuses.Contains(document.Status, StringComparer.Ordinal))
            return new RetentionOutlook(null, "pending: never deleted while it may still change");
        if (document.Keep is not null) return new RetentionOutlook(null, "kept by an operator");
        // Deleting it would make its submission look incomplete; it stays with the submission record.
        if (document.Form526) return new RetentionOutlook(null, "a Form 526 submission's document: kept with the submission");
        return new RetentionOutlook(document.UpdatedAt + finishedAfter, "finished: deleted after the retention period");
    }
}
