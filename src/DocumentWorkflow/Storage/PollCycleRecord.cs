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
    /// <summary>Failed status batches per provider (their sum is <see cref="ProviderErrors"/>); the
    /// provider_status_errors monitor counts consecutive cycles with errors per provider.</summary>
    public IReadOnlyDictionary<string, int> ProviderErrorsByProvider { get; init; } = new Dictionary<string, int>();

    /// <summary>Status batches asked per provider, failed or not: errors equal to batches is a total outage.</summary>
    public IReadOnlyDictionary<string, int> ProviderBatchesByProvider { get; init; } = new Dictionary<string, int>();

    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string CompletedWithErrors = "completed_with_errors";
    public const string Failed = "failed";
    public const string Abandoned = "abandoned";
    public const string Skipped = "skipped";
}
