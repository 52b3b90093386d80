namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>A notice claimed for sending, with what its email needs from the document.</summary>
public sealed record DueNotice(
    long DocumentSeq,
    Guid DocumentId,
    string Reference,
    string Kind,
    int Attempts,
    string ParticipantId,
    string FileName,
    string DocumentType,
    string DocumentStatus,
    DateTimeOffset UploadedAt);
