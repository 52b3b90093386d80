using DocumentUploads.UploadApi.Api;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>Reads an upload's multipart form (buffered to disk past 64 KB by ASP.NET), answering the ways it
/// can fail before any rule runs: not a form, too large, malformed, or more than the one file an upload carries.</summary>
public static class UploadFormReader
{
    public static async Task<(IFormCollection? Form, IResult? Error)> ReadAsync(HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (null, ApiErrors.BadRequest(ApiErrors.InvalidRequest, "Send the document as multipart/form-data."));
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's body limit, counted as the body arrives (chunked or not): it is always reached before
            // the form's own section limit, which is the same number.
            return (null, ApiErrors.Create(413, ApiErrors.FileTooLarge, "File too large",
                "The file is too large. Files can be at most 150 MB."));
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return (null, ApiErrors.BadRequest(ApiErrors.MultipartMalformed,
                "We couldn't read the upload: the form data is damaged or incomplete. Choose the file again and retry."));
        }
        // One upload is one document: a second file part would otherwise be dropped without a word.
        if (form.Files.Count > 1)
        {
            return (null, ApiErrors.BadRequest(ApiErrors.TooManyFiles,
                $"Send one file per upload; this request had {form.Files.Count}. Upload each document on its own."));
        }
        return (form, null);
    }
}
