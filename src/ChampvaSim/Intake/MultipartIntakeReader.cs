using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DocumentUploads.ChampvaSim.Intake;

/// <summary>Streams an intake's multipart body: the <c>metadata</c> part is read as text, the
/// <c>document</c> part is only counted, so memory use does not grow with the document.</summary>
public static class MultipartIntakeReader
{
    public const string MetadataPart = "metadata";
    public const string DocumentPart = "document";
    private const int MaxMetadataBytes = 64 * 1024;

    /// <summary>Null when the body is not multipart/form-data.</summary>
    /// <exception cref="InvalidDataException">The multipart body or the metadata part is malformed.</exception>
    public static async Task<IntakeForm?> ReadAsync(HttpRequest request, long maxDocumentBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return null;
        }

        var reader = new MultipartReader(boundary, request.Body);
        string? metadata = null;
        long? documentBytes = null;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (name == MetadataPart)
            {
                metadata = await ReadTextAsync(section.Body, cancellationToken);
            }
            else if (name == DocumentPart)
            {
                documentBytes = await CountAsync(section.Body, maxDocumentBytes, cancellationToken);
                if (documentBytes > maxDocumentBytes) return new IntakeForm(metadata, documentBytes, DocumentTooLarge: true);
            }
            // Any other part is skipped by the next ReadNextSectionAsync.
        }
        return new IntakeForm(metadata, documentBytes, DocumentTooLarge: false);
    }

    /// <summary>Counts bytes up to one past <paramref name="max"/>, then stops reading.</summary>
    private static async Task<long> CountAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > max) return total;
            }
            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<string> ReadTextAsync(Stream body, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > MaxMetadataBytes)
            {
                throw new InvalidDataException($"The metadata part is larger than {MaxMetadataBytes} bytes.");
            }
            copy.Write(buffer, 0, read);
        }
        return Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length);
    }
}
