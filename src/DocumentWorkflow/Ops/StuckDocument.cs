using DocumentUploads.DocumentWorkflow.Ops.Queries;

namespace DocumentUploads.DocumentWorkflow.Ops;

/// <param name="Severity">warning (past Polling:StuckAfter) or critical (past Polling:TimeoutAfter).</param>
public sealed record StuckDocument(OpsDocumentRow Document, double AgeHours, string Severity);
