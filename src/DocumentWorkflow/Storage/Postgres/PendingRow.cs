using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Storage.Postgres;

internal sealed class PendingRow
{
    public long Seq { get; set; }
    public Guid Id { get; set; }
    public string Provider { get; set; } = "";
    public string ProviderRequestId { get; set; } = "";
    public string DocumentType { get; set; } = "";
    public string Status { get; set; } = "";
    public string? Step { get; set; }
    public DateTime CreatedAt { get; set; }
    public long Version { get; set; }

    public PendingDocument ToPending() => new(Seq, Id, Provider, ProviderRequestId, DocumentType,
        DocumentStateExtensions.ParseStatus(Status), Step, PostgresTimes.Read(CreatedAt), Version);
}
