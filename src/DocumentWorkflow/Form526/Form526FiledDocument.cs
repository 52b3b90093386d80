namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>A tracked document registered for a Form 526 submission, as much as completeness needs.
/// <see cref="Seq"/> orders registrations (a retry comes after the attempt it replaces).</summary>
public sealed record Form526FiledDocument(long Seq, Guid Id, string Kind, string? AttachmentId, string Status);
