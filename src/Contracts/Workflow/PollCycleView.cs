namespace DocumentUploads.Contracts.Workflow;

/// <summary>What one poll cycle did, or why a trigger ran none (<see cref="Outcome"/> =
/// <c>skipped</c> when another cycle holds the lease).</summary>
public sealed record PollCycleView(
    Guid? Id,
    string Outcome,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int DocumentsPolled,
    int Transitions,
    int ProviderErrors,
    string? Message);
