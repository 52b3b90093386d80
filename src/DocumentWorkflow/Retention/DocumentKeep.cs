namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>An operator's mark that keeps a document from retention: who, when and why.</summary>
public sealed record DocumentKeep(DateTimeOffset KeptAt, string KeptBy, string Reason);
