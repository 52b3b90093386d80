namespace DocumentUploads.DocumentWorkflow.Domain;

/// <summary>One change of a document's state or step, with the provider status that caused it.</summary>
public sealed record Transition(
    DocumentState? From,
    string? FromStep,
    DocumentState To,
    string? Step,
    string? Detail,
    string? ProviderStatus,
    TransitionKind Kind,
    DateTimeOffset At);
