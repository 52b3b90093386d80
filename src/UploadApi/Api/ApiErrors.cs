using System.Globalization;

namespace DocumentUploads.UploadApi.Api;

/// <summary>Error answers of the public API: a status code, a machine-readable code and a
/// sentence a veteran can act on.</summary>
public static class ApiErrors
{
    public const string FileMissing = "FILE_MISSING";
    public const string FileEmpty = "FILE_EMPTY";
    public const string FileNameInvalid = "FILE_NAME_INVALID";
    public const string InvalidDocumentType = "INVALID_DOCUMENT_TYPE";
    public const string InvalidTrackedItemIds = "INVALID_TRACKED_ITEM_IDS";
    public const string FileTypeNotAllowed = "FILE_TYPE_NOT_ALLOWED";
    public const string FileContentMismatch = "FILE_CONTENT_MISMATCH";
    public const string TextNotAscii = "TEXT_NOT_ASCII";
    public const string FileTooLarge = "FILE_TOO_LARGE";
    public const string PdfMalformed = "PDF_MALFORMED";
    public const string PdfEncrypted = "PDF_ENCRYPTED";
    public const string PdfIncorrectPassword = "PDF_INCORRECT_PASSWORD";
    public const string PdfActiveContent = "PDF_ACTIVE_CONTENT";
    public const string PdfCompressionBomb = "PDF_COMPRESSION_BOMB";
    public const string TextContainsHtml = "TEXT_CONTAINS_HTML";
    public const string FileIsTwoFormats = "FILE_IS_TWO_FORMATS";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string TooManyFiles = "TOO_MANY_FILES";
    public const string MultipartMalformed = "MULTIPART_MALFORMED";
    public const string InvalidProvider = "INVALID_PROVIDER";
    public const string ProviderUnavailable = "PROVIDER_UNAVAILABLE";
    public const string UpstreamRejected = "UPSTREAM_REJECTED";
    public const string UpstreamUnavailable = "UPSTREAM_UNAVAILABLE";
    public const string DocumentNotFound = "DOCUMENT_NOT_FOUND";
    public const string InvalidLimit = "INVALID_LIMIT";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string MalwareDetected = "MALWARE_DETECTED";
    public const string ScanUnavailable = "SCAN_UNAVAILABLE";

    public static IResult Create(int status, string code, string title, string detail) =>
        TypedResults.Json(new ApiErrorBody([new ApiError(title, detail, code, status.ToString(CultureInfo.InvariantCulture))]),
            statusCode: status);

    public static IResult BadRequest(string code, string detail) => Create(400, code, "Bad request", detail);
}
