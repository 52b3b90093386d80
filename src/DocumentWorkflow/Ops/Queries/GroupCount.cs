namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

/// <summary>Documents in one status within one group (a provider, a document type, a Form 526 kind).</summary>
public sealed record GroupCount(string Key, string Status, long Count);
