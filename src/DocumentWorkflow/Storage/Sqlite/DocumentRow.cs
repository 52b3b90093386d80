using System.Text.Json;
using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Storage.Sqlite;

/// <summary>A <c>documents</c> row as SQLite returns it (times in epoch milliseconds).</summary>
internal sealed class DocumentRow
{
    public long Seq { get; set; }
    public string Id { get; set; } = "";
    public string Provider { get; set; } = "";
    public string? ProviderRequestId { get; set; }
    public string ClaimId { get; set; } = "";
    public string ParticipantId { get; set; } = "";
    public string DocumentType { get; set; } = "";
    public string FileName { get; set; } = "";
    public string TrackedItemIds { get; set; } = "[]";
    public string Status { get; set; } = "";
    public string? Step { get; set; }
    public string? Error { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }
    public long? LastPolledAt { get; set; }
    public long Version { get; set; }
    public string? Form526SubmissionId { get; set; }
    public string? Form526Kind { get; set; }
    public string? AttachmentId { get; set; }

    public TrackedDocument ToDocument() => new(
        Seq, Guid.Parse(Id), Provider, ProviderRequestId, ClaimId, ParticipantId, DocumentType, FileName,
        JsonSerializer.Deserialize<long[]>(TrackedItemIds) ?? [], DocumentStateExtensions.ParseStatus(Status), Step, Error,
        DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt), DateTimeOffset.FromUnixTimeMilliseconds(UpdatedAt),
        LastPolledAt is { } polled ? DateTimeOffset.FromUnixTimeMilliseconds(polled) : null, Version,
        Form526SubmissionId, Form526Kind, AttachmentId);
}
