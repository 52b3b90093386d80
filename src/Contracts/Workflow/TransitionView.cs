namespace DocumentUploads.Contracts.Workflow;

/// <summary>One entry of a document's history: a state change and the provider status that caused it.</summary>
public sealed record TransitionView(
    string? From,
    string To,
    string? Step,
    string? Detail,
    DateTimeOffset At,
    string? ProviderStatus);
