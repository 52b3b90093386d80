using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>A <c>documents</c> row; columns stored differently per database are read as <see cref="object"/>.</summary>
internal sealed class DocumentRow
{
    public const string Columns = """
        seq, id, provider, provider_request_id, claim_id, participant_id, document_type, file_name,
        tracked_item_ids, status, step, error, created_at, updated_at, last_polled_at, version,
        form526_submission_id, form526_kind, attachment_id
        """;

    public long Seq { get; set; }
    public object Id { get; set; } = "";
    public string Provider { get; set; } = "";
    public string? ProviderRequestId { get; set; }
    public string ClaimId { get; set; } = "";
    public string ParticipantId { get; set; } = "";
    public string DocumentType { get; set; } = "";
    public string FileName { get; set; } = "";
    public object TrackedItemIds { get; set; } = "[]";
    public string Status { get; set; } = "";
    public string? Step { get; set; }
    public string? Error { get; set; }
    public object CreatedAt { get; set; } = 0L;
    public object UpdatedAt { get; set; } = 0L;
    public object? LastPolledAt { get; set; }
    public long Version { get; set; }
    public string? Form526SubmissionId { get; set; }
    public string? Form526Kind { get; set; }
    public string? AttachmentId { get; set; }

    public TrackedDocument ToDocument() => new(
        Seq, StoredValues.Id(Id), Provider, ProviderRequestId, ClaimId, ParticipantId, DocumentType, FileName,
        StoredValues.List<long>(TrackedItemIds), DocumentStateExtensions.ParseStatus(Status), Step, Error,
        StoredValues.Time(CreatedAt), StoredValues.Time(UpdatedAt), StoredValues.OptionalTime(LastPolledAt), Version,
        Form526SubmissionId, Form526Kind, AttachmentId);
}
