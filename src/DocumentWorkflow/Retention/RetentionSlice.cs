namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>What one slice deleted: documents, and rows in all (documents with their history and notices).</summary>
public sealed record RetentionSlice(int Documents, int Rows);
