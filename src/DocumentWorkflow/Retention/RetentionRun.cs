namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>One purge, as recorded in retention_runs and shown on the dashboard.</summary>
/// <param name="DeletedBefore">The cut-off: finished documents last changed before it were deleted.</param>
/// <param name="Outcome"><see cref="Completed"/>, or <see cref="Failed"/> (what was deleted before the error stays deleted).</param>
/// <param name="Rows">Every row removed: the documents and their history (and notices).</param>
public sealed record RetentionRun(
    Guid Id,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    DateTimeOffset DeletedBefore,
    string Outcome,
    long Documents,
    long Rows)
{
    public const string Completed = "completed";
    public const string Failed = "failed";
}
