namespace DocumentUploads.DocumentWorkflow.Form526;

/// <summary>A submission with every document registered for it (matched or not), in registration order.</summary>
public sealed record Form526SubmissionRecord(Form526Submission Submission, IReadOnlyList<Form526FiledDocument> Documents);
