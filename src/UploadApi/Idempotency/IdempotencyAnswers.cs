using DocumentUploads.UploadApi.Api;

namespace DocumentUploads.UploadApi.Idempotency;

/// <summary>The public answers for a keyed upload that does not go on to the provider.</summary>
public static class IdempotencyAnswers
{
    public const string InvalidIdempotencyKey = "INVALID_IDEMPOTENCY_KEY";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string IdempotencyKeyInUse = "IDEMPOTENCY_KEY_IN_USE";

    public static IResult InvalidKey() => ApiErrors.BadRequest(InvalidIdempotencyKey,
        $"The {IdempotencyKeyHeader.Name} header must be 1 to 255 printable ASCII characters.");

    /// <summary>The answer for <paramref name="check"/>, or null for <see cref="IdempotencyVerdict.Proceed"/>
    /// (go on and send the document).</summary>
    public static IResult? For(IdempotencyCheck check) => check.Verdict switch
    {
        IdempotencyVerdict.Proceed => null,
        // The first answer again: 201 with the document as GET /v0/document_uploads/{id} shows it now.
        IdempotencyVerdict.Replay => TypedResults.Created($"/v0/document_uploads/{check.Document!.Id}",
            DocumentUploadView.From(check.Document)),
        IdempotencyVerdict.Reused => ApiErrors.Create(422, IdempotencyKeyReused, "Idempotency key already used",
            $"This {IdempotencyKeyHeader.Name} was already used for a different upload. Use a new key for a new upload."),
        IdempotencyVerdict.InProgress => ApiErrors.Create(409, IdempotencyKeyInUse, "Upload in progress",
            "An upload with this key is still being processed. Wait a few seconds, then check your documents or try again."),
        _ => ApiErrors.Create(503, ApiErrors.UpstreamUnavailable, "Service unavailable",
            "We couldn't send your document to VA right now. Nothing was submitted. Please try again later."),
    };
}
