namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

/// <summary>Raw counts as the database groups them; <see cref="OpsSummary"/> shapes them for people.</summary>
public sealed record OpsCounts(
    IReadOnlyList<StatusStepCount> ByStatusAndStep,
    IReadOnlyList<GroupCount> ByProvider,
    IReadOnlyList<GroupCount> ByDocumentType,
    IReadOnlyList<GroupCount> ByForm526Kind);
