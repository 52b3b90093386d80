using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DocumentUploads.LighthouseSim.Uploads;

/// <summary>Streams an upload's multipart body: the <c>parameters</c> part is read as text, the
/// <c>file</c> part is only counted, so memory use does not grow with the file.</summary>
public static class MultipartUploadReader
{
    public const string ParametersPart = "parameters";
    public const string FilePart = "file";
    private const int MaxParametersBytes = 64 * 1024;

    /// <summary>Null when the body is not multipart/form-data.</summary>
    /// <exception cref="InvalidDataException">The multipart body or the parameters part is malformed.</exception>
    public static async Task<UploadForm?> ReadAsync(HttpRequest request, long maxFileBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return null;
        }

        var reader = new MultipartReader(boundary, request.Body);
        string? parameters = null;
        long? fileBytes = null;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (name == ParametersPart)
            {
                parameters = await ReadTextAsync(section.Body, cancellationToken);
            }
            else if (name == FilePart)
            {
                fileBytes = await CountAsync(section.Body, maxFileBytes, cancellationToken);
                if (fileBytes > maxFileBytes) return new UploadForm(parameters, fileBytes, FileTooLarge: true);
            }
            // Any other part is skipped by the next ReadNextSectionAsync.
        }
        return new UploadForm(parameters, fileBytes, FileTooLarge: false);
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
            if (copy.Length + read > MaxParametersBytes)
            {
                throw new InvalidDataException($"The parameters part is larger than {MaxParametersBytes} bytes.");
            }
            copy.Write(buffer, 0, read);
        }
        return Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length);
    }
}
