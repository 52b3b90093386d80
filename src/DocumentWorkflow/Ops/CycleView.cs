using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>One poll cycle as GET /ops/api/cycles and the cycles page show it.</summary>
public sealed record CycleView(
    Guid Id,
    string Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    long? DurationMs,
    string Outcome,
    int DocumentsPolled,
    int Transitions,
    IReadOnlyDictionary<string, int> TransitionsByKind,
    int ProviderErrors,
    int UnexpectedIds,
    int Conflicts,
    string? Message)
{
    public static CycleView From(PollCycleRecord c) => new(c.Id, c.Trigger, c.StartedAt, c.FinishedAt,
        c.FinishedAt is { } f ? (long)(f - c.StartedAt).TotalMilliseconds : null, c.Outcome, c.DocumentsPolled, c.Transitions,
        c.TransitionsByKind, c.ProviderErrors, c.UnexpectedIds, c.Conflicts, c.Message);
}
