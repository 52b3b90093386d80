namespace DocumentUploads.Contracts.Workflow;

/// <summary>One expected document and the tracked document that fills it: <see cref="DocumentId"/>
/// and <see cref="Status"/> are null while nothing was registered for it.</summary>
public sealed record Form526ExpectedDocumentView(string Kind, string? AttachmentId, Guid? DocumentId, string? Status);
