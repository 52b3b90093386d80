namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>What retention decides a document's fate from, as stored.</summary>
/// <param name="Form526">Whether the document files part of a Form 526 submission.</param>
public sealed record DocumentRetentionFacts(Guid DocumentId, string Status, DateTimeOffset UpdatedAt, bool Form526, DocumentKeep? Keep);
