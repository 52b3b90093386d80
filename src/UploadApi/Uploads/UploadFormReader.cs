using System.Buffers;
using System.Text;
using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Validation;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>Reads an upload's multipart form section by section, answering the ways it can fail before any rule
/// runs: not a form, malformed, more than the one file an upload carries, or a file past the size cap of its type.
/// The file is spooled to a temporary file (deleted when the request ends) and never past its cap: reading stops
/// one byte over it, chunked or not, and a second file part is refused before a byte of it is read.</summary>
public static class UploadFormReader
{
    /// <summary>Form fields are short (a document type, a JSON array of ids, a password).</summary>
    public const int MaxFieldBytes = 16 * 1024;

    /// <summary>Fields beyond the ones we read are ignored, up to this many; a form with more is not an upload.</summary>
    public const int MaxFields = 32;

    private const int CopyBufferLength = 64 * 1024;

    public static async Task<(IFormCollection? Form, IResult? Error)> ReadAsync(HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType
            || !MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (null, ApiErrors.BadRequest(ApiErrors.InvalidRequest, "Send the document as multipart/form-data."));
        }
        var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 70) return (null, Malformed());

        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        var files = new FormFileCollection();
        var fieldCount = 0;
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) return (null, Malformed());
                if (disposition.IsFileDisposition())
                {
                    // One upload is one document: a second file would otherwise be dropped without a word.
                    if (files.Count == 1) return (null, TooManyFiles());
                    var (file, tooLarge) = await SpoolAsync(request.HttpContext, section, disposition, cancellationToken);
                    if (tooLarge is not null) return (null, tooLarge);
                    files.Add(file!);
                }
                else if (disposition.IsFormDisposition())
                {
                    if (++fieldCount > MaxFields) return (null, Malformed());
                    var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                    if (await ReadFieldAsync(section.Body, cancellationToken) is not { } value) return (null, Malformed());
                    fields[name] = StringValues.Concat(fields.GetValueOrDefault(name), value);
                }
                else
                {
                    return (null, Malformed());
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(null));
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException
                                   && !cancellationToken.IsCancellationRequested)
        {
            return (null, Malformed());
        }
        return (new FormCollection(fields, files), null);
    }

    /// <summary>Copies the file part to a temporary file, stopping one byte past the cap of the type its name
    /// says (the largest cap when the name says none: the rules then refuse the type).</summary>
    private static async Task<(IFormFile? File, IResult? TooLarge)> SpoolAsync(HttpContext context, MultipartSection section,
        ContentDispositionHeaderValue disposition, CancellationToken cancellationToken)
    {
        var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
        var kind = AllowedFileTypes.KindOf(Path.GetExtension(fileName).TrimStart('.'));
        var cap = kind is { } known ? FileSizeRules.MaxBytes(known) : FileSizeRules.MaxPdfBytes;

        var spool = new FileStream(Path.Combine(Path.GetTempPath(), $"upload-{Guid.NewGuid():N}.part"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, CopyBufferLength, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        context.Response.RegisterForDisposeAsync(spool);
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferLength);
        long length = 0;
        try
        {
            int read;
            while ((read = await section.Body.ReadAsync(buffer.AsMemory(0, CopyBufferLength), cancellationToken)) > 0)
            {
                length += read;
                if (length > cap) return (null, TooLarge(kind));
                await spool.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        spool.Position = 0;
        var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
        var headers = new HeaderDictionary();
        foreach (var header in section.Headers ?? []) headers[header.Key] = header.Value;
        return (new FormFile(spool, 0, length, name, fileName) { Headers = headers }, null);
    }

    /// <returns>The field's text, or null when it is longer than any field we take.</returns>
    private static async Task<string?> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxFieldBytes + 1);
        try
        {
            var length = await body.ReadAtLeastAsync(buffer.AsMemory(0, MaxFieldBytes + 1), MaxFieldBytes + 1, throwOnEndOfStream: false, cancellationToken);
            return length > MaxFieldBytes ? null : Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The type's own sentence when the name says one; else the largest cap, which is all we know.</summary>
    private static IResult TooLarge(FileKind? kind) => ApiErrors.Create(413, ApiErrors.FileTooLarge, "File too large",
        kind is { } known ? UploadRejections.FileTooLarge(known).Detail : "The file is too large. Files can be at most 150 MB.");

    private static IResult Malformed() => ApiErrors.BadRequest(ApiErrors.MultipartMalformed,
        "We couldn't read the upload: the form data is damaged or incomplete. Choose the file again and retry.");

    private static IResult TooManyFiles() => ApiErrors.BadRequest(ApiErrors.TooManyFiles,
        "Send one file per upload; this request had more than one. Upload each document on its own.");
}
