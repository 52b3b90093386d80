using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace DocumentUploads.Contracts.Providers;

/// <summary>The body of a provider upload: the <c>metadata</c> part (JSON), then the <c>file</c> part, streamed.
/// Built here rather than by Refit's <c>[Multipart]</c>, whose boundary is one constant string that a document
/// could contain; this one is random per upload, as <see cref="MultipartFormDataContent"/> makes it.</summary>
public sealed class ProviderUploadForm : MultipartFormDataContent
{
    /// <param name="metadata">Left out when null (only the contract suite sends such a form).</param>
    /// <param name="file">Left out when null; otherwise sent as application/octet-stream without buffering.</param>
    public ProviderUploadForm(ProviderUploadMetadata? metadata, HttpContent? file, string? fileName = null)
    {
        if (metadata is not null) Add(JsonContent.Create(metadata, ProviderJson.Default.ProviderUploadMetadata), ProviderRoutes.MetadataPart);
        if (file is null) return;
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        Add(file, ProviderRoutes.FilePart, fileName ?? metadata?.FileName ?? "document");
    }
}
