using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>The slice of a document a poll cycle reads: enough to ask its provider and run the
/// state machine, nothing more.</summary>
public sealed record PendingDocument(
    long Seq,
    Guid Id,
    string Provider,
    string ProviderRequestId,
    string DocumentType,
    DocumentState State,
    string? Step,
    DateTimeOffset CreatedAt,
    long Version)
{
    public DocumentSnapshot Snapshot => new(State, Step, CreatedAt);
}
