using System.IO.Pipelines;

namespace DocumentUploads.Contracts.Providers;

/// <summary>A provider upload as its service reads it: the metadata, and the file part still unread, straight from the
/// request. Disposing it completes the file's reader.</summary>
public sealed class ProviderUploadRequest(ProviderUploadMetadata metadata, PipeReader file, string? fileContentType) : IAsyncDisposable
{
    public ProviderUploadMetadata Metadata { get; } = metadata;

    /// <summary>The file part's media type as the caller sent it (the provider contract sends application/octet-stream).</summary>
    public string? FileContentType { get; } = fileContentType;

    /// <summary>The file, from its first byte, read from the request as the upstream call consumes it.</summary>
    public Stream OpenFile() => file.AsStream(leaveOpen: true);

    public ValueTask DisposeAsync() => file.CompleteAsync();
}
