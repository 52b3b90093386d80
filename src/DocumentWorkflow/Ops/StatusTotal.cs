namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>Documents in one status, split by the step they are at (when they have one).</summary>
public sealed record StatusTotal(string Status, long Count, IReadOnlyList<StepTotal> Steps);
