using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DocumentUploads.SimulatorKit.Uploads;

/// <summary>Streams an upload's multipart body: the JSON part is read as text, the file part is only
/// counted, so memory use does not grow with the file.</summary>
public static class MultipartUploadReader
{
    private const int MaxJsonBytes = 64 * 1024;

    // Room for the JSON part and the multipart framing on top of the largest file.
    private const long EnvelopeBytes = 1024 * 1024;

    /// <summary>Reads the parts named <paramref name="jsonPart"/> and <paramref name="filePart"/>;
    /// other parts are skipped. A body that is not multipart/form-data, or is malformed, comes back
    /// with a <see cref="MultipartUpload.Problem"/>; one over the limit as <see cref="MultipartUpload.FileTooLarge"/>.</summary>
    public static async Task<MultipartUpload> ReadAsync(HttpContext context, string jsonPart, string filePart, long maxFileBytes)
    {
        // Kestrel's default 30 MB body limit is below the simulators' file limits.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = maxFileBytes + EnvelopeBytes;
        }

        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return MultipartUpload.Unreadable($"The request must be multipart/form-data with parts '{jsonPart}' and '{filePart}'.");
        }

        try
        {
            return await ReadPartsAsync(new MultipartReader(boundary, request.Body), jsonPart, filePart, maxFileBytes,
                context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The whole body went past the limit set above: the file is too large, however it was framed.
            return MultipartUpload.TooLarge();
        }
        // A client that went away gets no answer, so only a broken body is worth a 400.
        catch (Exception e) when (e is InvalidDataException or IOException && !context.RequestAborted.IsCancellationRequested)
        {
            return MultipartUpload.Unreadable($"The multipart body is malformed: {e.Message}");
        }
    }

    private static async Task<MultipartUpload> ReadPartsAsync(MultipartReader reader, string jsonPart, string filePart,
        long maxFileBytes, CancellationToken cancellationToken)
    {
        string? json = null;
        long? fileBytes = null;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (name == jsonPart)
            {
                json = await ReadTextAsync(section.Body, jsonPart, cancellationToken);
            }
            else if (name == filePart)
            {
                fileBytes = await CountAsync(section.Body, maxFileBytes, cancellationToken);
                if (fileBytes > maxFileBytes) return new MultipartUpload(json, fileBytes, FileTooLarge: true);
            }
            // Any other part is skipped by the next ReadNextSectionAsync.
        }
        return new MultipartUpload(json, fileBytes, FileTooLarge: false);
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

    private static async Task<string> ReadTextAsync(Stream body, string partName, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > MaxJsonBytes)
            {
                throw new InvalidDataException($"The {partName} part is larger than {MaxJsonBytes} bytes.");
            }
            copy.Write(buffer, 0, read);
        }
        return Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length);
    }
}
