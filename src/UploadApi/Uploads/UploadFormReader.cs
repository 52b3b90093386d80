using DocumentUploads.UploadApi.Api;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>Reads an upload's multipart form (buffered to disk past 64 KB by ASP.NET), answering
/// the two ways it can fail before any rule runs.</summary>
public static class UploadFormReader
{
    public static async Task<(IFormCollection? Form, IResult? Error)> ReadAsync(HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (null, ApiErrors.BadRequest(ApiErrors.InvalidRequest, "Send the document as multipart/form-data."));
        }
        try
        {
            return (await request.ReadFormAsync(cancellationToken), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return (null, ApiErrors.Create(413, ApiErrors.FileTooLarge, "File too large",
                "The file is too large. Files can be at most 150 MB."));
        }
    }
}
