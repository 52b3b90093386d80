namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>One provider, document type or Form 526 kind: its documents in all, and per status.</summary>
public sealed record BreakdownRow(string Key, long Total, IReadOnlyDictionary<string, long> ByStatus);
