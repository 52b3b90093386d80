namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>One poll cycle as recorded for the dashboard and the alert monitors.</summary>
public sealed record PollCycleRecord(
    Guid Id,
    string Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Outcome,
    int DocumentsPolled,
    int Transitions,
    IReadOnlyDictionary<string, int> TransitionsByKind,
    int ProviderErrors,
    int UnexpectedIds,
    int Conflicts,
    string? Message)
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string CompletedWithErrors = "completed_with_errors";
    public const string Failed = "failed";
    public const string Abandoned = "abandoned";
    public const string Skipped = "skipped";
}
