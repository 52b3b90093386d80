using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>A declared Form 526 submission and the documents it must file, in declared order.</summary>
public sealed record Form526Submission(
    string SubmissionId,
    string ClaimId,
    string ParticipantId,
    DateTimeOffset SubmittedAt,
    DateTimeOffset DeclaredAt,
    IReadOnlyList<Form526ExpectedDocument> Expected);
