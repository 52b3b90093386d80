using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.UploadApi.Idempotency;

/// <summary>Reads the optional <c>Idempotency-Key</c> header of an upload.</summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";

    /// <summary>False when the header is present but not one value of 1 to 255 printable ASCII characters
    /// (answer <see cref="IdempotencyAnswers.InvalidKey"/>). True otherwise, with <paramref name="key"/> null
    /// when the request carries no key (the upload then goes ahead without one, as before).</summary>
    public static bool TryRead(IHeaderDictionary headers, out string? key)
    {
        key = null;
        if (!headers.TryGetValue(Name, out var values)) return true;
        // Two keys on one request (repeated header, or a comma-joined pair) cannot both be honoured.
        if (values.Count != 1 || !IdempotencyKeyFormat.IsValidKey(values[0])) return false;
        key = values[0];
        return true;
    }
}
