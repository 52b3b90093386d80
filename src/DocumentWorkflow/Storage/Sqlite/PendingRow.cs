using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Storage.Sqlite;

internal sealed class PendingRow
{
    public long Seq { get; set; }
    public string Id { get; set; } = "";
    public string Provider { get; set; } = "";
    public string ProviderRequestId { get; set; } = "";
    public string DocumentType { get; set; } = "";
    public string Status { get; set; } = "";
    public string? Step { get; set; }
    public long CreatedAt { get; set; }
    public long Version { get; set; }

    public PendingDocument ToPending() => new(Seq, Guid.Parse(Id), Provider, ProviderRequestId, DocumentType,
        DocumentStateExtensions.ParseStatus(Status), Step, DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt), Version);
}
