namespace DocumentUploads.Contracts.Workflow;

/// <summary>A document a Form 526 submission must get to Lighthouse; <see cref="AttachmentId"/> only
/// (and always) for a <see cref="Form526Kinds.VeteranUpload"/>.</summary>
public sealed record Form526ExpectedDocument(string Kind, string? AttachmentId = null);
