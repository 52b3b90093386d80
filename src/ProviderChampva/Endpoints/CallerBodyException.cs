namespace DocumentUploads.ProviderChampva.Endpoints;

/// <summary>Reading the caller's own request body failed (too large, malformed, cut off): the
/// caller's fault, not the upstream API's.</summary>
public sealed class CallerBodyException(string message, bool tooLarge, Exception? inner = null) : IOException(message, inner)
{
    public bool TooLarge { get; } = tooLarge;

    public static CallerBodyException ReadFailed(Exception inner) =>
        new(inner.Message, inner is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }, inner);

    public static CallerBodyException OverLimit(long maxBytes) =>
        new($"The file is larger than the {maxBytes} bytes the CHAMPVA intake API accepts.", tooLarge: true);
}
