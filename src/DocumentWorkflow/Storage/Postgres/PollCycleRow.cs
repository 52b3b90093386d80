using System.Text.Json;

namespace DocumentUploads.DocumentWorkflow.Storage.Postgres;

/// <summary>A <c>poll_cycles</c> row; <see cref="TransitionsByKind"/> is the jsonb text.</summary>
internal sealed class PollCycleRow
{
    public Guid Id { get; set; }
    public string Trigger { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public string Outcome { get; set; } = "";
    public int DocumentsPolled { get; set; }
    public int Transitions { get; set; }
    public string TransitionsByKind { get; set; } = "{}";
    public int ProviderErrors { get; set; }
    public int UnexpectedIds { get; set; }
    public int Conflicts { get; set; }
    public string? Message { get; set; }
    public string ProviderErrorsByProvider { get; set; } = "{}";
    public string ProviderBatchesByProvider { get; set; } = "{}";

    /// <summary>Parameters for the upsert: times go out as UTC <see cref="DateTimeOffset"/>s.</summary>
    public static object ParametersFor(PollCycleRecord c) => new
    {
        c.Id,
        c.Trigger,
        StartedAt = PostgresTimes.Write(c.StartedAt),
        FinishedAt = c.FinishedAt is { } finished ? PostgresTimes.Write(finished) : (DateTimeOffset?)null,
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
        Id, Trigger, PostgresTimes.Read(StartedAt), FinishedAt is { } f ? PostgresTimes.Read(f) : null, Outcome,
        DocumentsPolled, Transitions, JsonSerializer.Deserialize<Dictionary<string, int>>(TransitionsByKind) ?? [],
        ProviderErrors, UnexpectedIds, Conflicts, Message)
    {
        ProviderErrorsByProvider = JsonSerializer.Deserialize<Dictionary<string, int>>(ProviderErrorsByProvider) ?? [],
        ProviderBatchesByProvider = JsonSerializer.Deserialize<Dictionary<string, int>>(ProviderBatchesByProvider) ?? [],
    };
}
