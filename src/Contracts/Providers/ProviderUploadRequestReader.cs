using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DocumentUploads.Contracts.Providers;

/// <summary>The server half of <see cref="ProviderUploadForm"/>, for every provider service: reads the metadata part,
/// then hands over the file part unread, so the service streams it into its backend without buffering it (the
/// metadata part must therefore come first).</summary>
public static class ProviderUploadRequestReader
{
    private const int MaxMetadataBytes = 64 * 1024;

    /// <returns>The upload, or a sentence saying what is wrong with the request (a 400's detail).</returns>
    /// <exception cref="IOException">The body could not be read (also <see cref="InvalidDataException"/> and
    /// <see cref="BadHttpRequestException"/>): the caller's fault.</exception>
    public static async Task<(ProviderUploadRequest? Upload, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, "The request must be multipart/form-data with parts 'metadata' and 'file'.");
        }
        var reader = new MultipartReader(boundary, request.Body);
        var metadataSection = await reader.ReadNextSectionAsync(cancellationToken);
        if (PartName(metadataSection) != ProviderRoutes.MetadataPart)
        {
            return (null, "The first part must be 'metadata' (it has to precede 'file').");
        }
        ProviderUploadMetadata? metadata;
        try
        {
            metadata = await ReadMetadataAsync(metadataSection!.Body, cancellationToken);
        }
        catch (JsonException e)
        {
            return (null, $"The metadata part is not valid JSON (at {e.Path ?? "$"}).");
        }
        if (Problem(metadata) is { } problem) return (null, problem);

        var fileSection = await reader.ReadNextSectionAsync(cancellationToken);
        if (PartName(fileSection) != ProviderRoutes.FilePart) return (null, "The 'file' part is missing.");
        var file = PipeReader.Create(fileSection!.Body, new StreamPipeReaderOptions(leaveOpen: true));
        // Peek without consuming, so the upload still streams the file from its first byte.
        var start = await file.ReadAsync(cancellationToken);
        file.AdvanceTo(start.Buffer.Start);
        if (start.Buffer.IsEmpty && start.IsCompleted)
        {
            // An empty file is the caller's mistake, not a document the backend refused.
            await file.CompleteAsync();
            return (null, "The 'file' part is empty.");
        }
        return (new ProviderUploadRequest(metadata!, file, fileSection.ContentType), null);
    }

    private static string? PartName(MultipartSection? section) =>
        section is not null && ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
            ? HeaderUtilities.RemoveQuotes(disposition.Name).Value
            : null;

    private static async Task<ProviderUploadMetadata?> ReadMetadataAsync(Stream body, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > MaxMetadataBytes) throw new InvalidDataException("The metadata part is too large.");
            copy.Write(buffer, 0, read);
        }
        copy.Position = 0;
        return JsonSerializer.Deserialize(copy, ProviderJson.Default.ProviderUploadMetadata);
    }

    private static string? Problem(ProviderUploadMetadata? metadata)
    {
        if (metadata is null) return "The metadata part is empty.";
        if (string.IsNullOrWhiteSpace(metadata.ClaimId)) return "claimId is required.";
        if (string.IsNullOrWhiteSpace(metadata.ParticipantId)) return "participantId is required.";
        if (string.IsNullOrWhiteSpace(metadata.DocumentType)) return "documentType is required.";
        if (string.IsNullOrWhiteSpace(metadata.FileName)) return "fileName is required.";
        return null;
    }
}
