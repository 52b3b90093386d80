namespace DocumentUploads.DocumentWorkflow.Domain;

/// <summary>What the state machine needs to know about a document.</summary>
public sealed record DocumentSnapshot(DocumentState State, string? Step, DateTimeOffset UploadedAt);
