using System.Text.Json;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>A <c>poll_cycles</c> row; the per-kind and per-provider counts are JSON text (jsonb on PostgreSQL).</summary>
internal sealed class PollCycleRow
{
    public const string Columns = """
        id, trigger, started_at, finished_at, outcome, documents_polled, transitions,
        CAST(transitions_by_kind AS TEXT) AS transitions_by_kind, provider_errors, unexpected_ids, conflicts, message,
        CAST(provider_errors_by_provider AS TEXT) AS provider_errors_by_provider,
        CAST(provider_batches_by_provider AS TEXT) AS provider_batches_by_provider
        """;

    public object Id { get; set; } = "";
    public string Trigger { get; set; } = "";
    public object StartedAt { get; set; } = 0L;
    public object? FinishedAt { get; set; }
    public string Outcome { get; set; } = "";
    public long DocumentsPolled { get; set; }
    public long Transitions { get; set; }
    public string TransitionsByKind { get; set; } = "{}";
    public long ProviderErrors { get; set; }
    public long UnexpectedIds { get; set; }
    public long Conflicts { get; set; }
    public string? Message { get; set; }
    public string ProviderErrorsByProvider { get; set; } = "{}";
    public string ProviderBatchesByProvider { get; set; } = "{}";

    /// <summary>Parameters for the upsert, in <paramref name="sql"/>'s forms.</summary>
    public static object ParametersFor(PollCycleRecord c, SqlDialect sql) => new
    {
        Id = sql.Id(c.Id),
        c.Trigger,
        StartedAt = sql.Time(c.StartedAt),
        FinishedAt = sql.Time(c.FinishedAt),
        c.Outcome,
        c.DocumentsPolled,
        c.Transitions,
        TransitionsByKind = JsonSerializer.Serialize(c.TransitionsByKind),
        c.ProviderErrors,
        c.UnexpectedIds,
        c.Conflicts,
        c.Message,
        ProviderErrorsByProvider = JsonSerializer.Serialize(c.ProviderErrorsByProvider),
        ProviderBatchesByProvider = JsonSerializer.Serialize(c.ProviderBatchesByProvider),
    };

    public PollCycleRecord ToRecord() => new(
        StoredValues.Id(Id), Trigger, StoredValues.Time(StartedAt), StoredValues.OptionalTime(FinishedAt), Outcome,
        (int)DocumentsPolled, (int)Transitions, Counts(TransitionsByKind), (int)ProviderErrors, (int)UnexpectedIds,
        (int)Conflicts, Message)
    {
        ProviderErrorsByProvider = Counts(ProviderErrorsByProvider),
        ProviderBatchesByProvider = Counts(ProviderBatchesByProvider),
    };

    private static Dictionary<string, int> Counts(string json) => JsonSerializer.Deserialize<Dictionary<string, int>>(json) ?? [];
}
