using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.NotifySim.Errors;

/// <summary>Builds error answers in VA Notify's shape, with its error class names.</summary>
public static class NotifyErrors
{
    public const string ValidationError = "ValidationError";
    public const string BadRequestError = "BadRequestError";
    public const string AuthError = "AuthError";
    public const string RateLimitError = "RateLimitError";
    public const string Exception = "Exception";

    public static JsonHttpResult<NotifyErrorBody> Create(int status, string error, string message) =>
        TypedResults.Json(new NotifyErrorBody(status, [new NotifyError(error, message)]), statusCode: status);

    public static JsonHttpResult<NotifyErrorBody> Validation(string message) =>
        Create(StatusCodes.Status400BadRequest, ValidationError, message);
}
