namespace DocumentUploads.Contracts.Workflow;

/// <summary>Body of <c>PUT .../form526/submissions/{submissionId}</c>: the documents a submission
/// must file. Declaring again replaces the expected list.</summary>
public sealed record Form526SubmissionDeclaration(
    string ClaimId,
    string ParticipantId,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<Form526ExpectedDocument> Expected);
