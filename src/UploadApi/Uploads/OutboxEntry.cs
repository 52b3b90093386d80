using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>One file in the registration outbox: the registration (null when the file is
/// unreadable) and the W3C traceparent of the upload that deferred it, when there was one.</summary>
public sealed record OutboxEntry(string Path, RegisterDocumentRequest? Registration, string? TraceParent);
