using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.ChampvaSim.Errors;

/// <summary>Builds error answers in the CHAMPVA intake API's shape.</summary>
public static class ChampvaErrors
{
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string RateLimited = "RATE_LIMITED";
    public const string InternalError = "INTERNAL_ERROR";

    public static JsonHttpResult<ChampvaErrorBody> Create(int status, string code, string message) =>
        TypedResults.Json(new ChampvaErrorBody(new ChampvaErrorDetail(code, message)), statusCode: status);

    public static JsonHttpResult<ChampvaErrorBody> BadRequest(string message) =>
        Create(StatusCodes.Status400BadRequest, ValidationFailed, message);
}
