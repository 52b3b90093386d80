namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

public sealed record StatusStepCount(string Status, string? Step, long Count);
