namespace DocumentUploads.Contracts.Workflow;

/// <summary>A Form 526 submission's completeness: <see cref="Complete"/> once every expected
/// document has a tracked document that is <c>completed</c>.</summary>
public sealed record Form526SubmissionView(
    string SubmissionId,
    string ClaimId,
    string ParticipantId,
    DateTimeOffset SubmittedAt,
    bool Complete,
    IReadOnlyList<Form526ExpectedDocumentView> Expected);
