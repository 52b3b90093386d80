namespace DocumentUploads.DocumentWorkflow.Domain;

/// <summary>The time rules of the state machine (configuration section <c>Polling</c>).</summary>
public sealed record PollingPolicy
{
    /// <summary>How long after upload a document the provider does not find is retried before it becomes not_found.</summary>
    public TimeSpan NotFoundGrace { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long after upload a document without a terminal status becomes timed_out.</summary>
    public TimeSpan TimeoutAfter { get; init; } = TimeSpan.FromHours(96);

    /// <summary>In progress for longer than this counts as stuck (monitoring only, not a state).</summary>
    public TimeSpan StuckAfter { get; init; } = TimeSpan.FromHours(24);
}
