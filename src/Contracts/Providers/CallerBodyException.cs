using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.Contracts.Providers;

/// <summary>Reading the caller's own request body failed (too large, malformed, cut off): the
/// caller's fault, not the upstream API's.</summary>
public sealed class CallerBodyException(string message, bool tooLarge, Exception? inner = null) : IOException(message, inner)
{
    public bool TooLarge { get; } = tooLarge;

    public static CallerBodyException ReadFailed(Exception inner) =>
        new(inner.Message, inner is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }, inner);

    public static CallerBodyException OverLimit(long maxBytes) =>
        new($"The file is larger than the {maxBytes} bytes the backend API accepts.", tooLarge: true);

    /// <summary>The caller-body failure behind <paramref name="exception"/> (itself, or an inner exception of the
    /// upstream call that was streaming the body), if there is one.</summary>
    public static CallerBodyException? Find(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is CallerBodyException found) return found;
        }
        return null;
    }

    /// <summary>Every provider's answer to a failure reading the caller's own body: the caller's fault (400, or 413 when
    /// too large), even when it surfaced from inside the upstream call that was streaming it.</summary>
    public static JsonHttpResult<ProviderError> Answer(Exception exception) =>
        exception is CallerBodyException { TooLarge: true } or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
            ? TypedResults.Json(new ProviderError(ProviderError.InvalidRequest, exception.Message), statusCode: StatusCodes.Status413PayloadTooLarge)
            : TypedResults.Json(new ProviderError(ProviderError.InvalidRequest, $"The multipart body could not be read: {exception.Message}"),
                statusCode: StatusCodes.Status400BadRequest);
}
