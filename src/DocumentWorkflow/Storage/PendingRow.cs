using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>The columns of a <c>documents</c> row that the poll cycle needs.</summary>
internal sealed class PendingRow
{
    public const string Columns = "seq, id, provider, provider_request_id, document_type, status, step, created_at, version";

    public long Seq { get; set; }
    public object Id { get; set; } = "";
    public string Provider { get; set; } = "";
    public string ProviderRequestId { get; set; } = "";
    public string DocumentType { get; set; } = "";
    public string Status { get; set; } = "";
    public string? Step { get; set; }
    public object CreatedAt { get; set; } = 0L;
    public long Version { get; set; }

    public PendingDocument ToPending() => new(Seq, StoredValues.Id(Id), Provider, ProviderRequestId, DocumentType,
        DocumentStateExtensions.ParseStatus(Status), Step, StoredValues.Time(CreatedAt), Version);
}
