using System.Text.Json;

namespace DocumentUploads.DocumentWorkflow.Storage.Sqlite;

internal sealed class PollCycleRow
{
    public string Id { get; set; } = "";
    public string Trigger { get; set; } = "";
    public long StartedAt { get; set; }
    public long? FinishedAt { get; set; }
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

    public static PollCycleRow From(PollCycleRecord c) => new()
    {
        Id = c.Id.ToString(),
        Trigger = c.Trigger,
        StartedAt = c.StartedAt.ToUnixTimeMilliseconds(),
        FinishedAt = c.FinishedAt?.ToUnixTimeMilliseconds(),
        Outcome = c.Outcome,
        DocumentsPolled = c.DocumentsPolled,
        Transitions = c.Transitions,
        TransitionsByKind = JsonSerializer.Serialize(c.TransitionsByKind),
        ProviderErrors = c.ProviderErrors,
        UnexpectedIds = c.UnexpectedIds,
        Conflicts = c.Conflicts,
        Message = c.Message,
        ProviderErrorsByProvider = JsonSerializer.Serialize(c.ProviderErrorsByProvider),
        ProviderBatchesByProvider = JsonSerializer.Serialize(c.ProviderBatchesByProvider),
    };

    public PollCycleRecord ToRecord() => new(
        Guid.Parse(Id), Trigger, DateTimeOffset.FromUnixTimeMilliseconds(StartedAt),
        FinishedAt is { } f ? DateTimeOffset.FromUnixTimeMilliseconds(f) : null, Outcome, (int)DocumentsPolled,
        (int)Transitions, JsonSerializer.Deserialize<Dictionary<string, int>>(TransitionsByKind) ?? [],
        (int)ProviderErrors, (int)UnexpectedIds, (int)Conflicts, Message)
    {
        ProviderErrorsByProvider = JsonSerializer.Deserialize<Dictionary<string, int>>(ProviderErrorsByProvider) ?? [],
        ProviderBatchesByProvider = JsonSerializer.Deserialize<Dictionary<string, int>>(ProviderBatchesByProvider) ?? [],
    };
}
