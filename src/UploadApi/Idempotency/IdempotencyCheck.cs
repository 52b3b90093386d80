using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.UploadApi.Idempotency;

/// <summary>The handler's decision for a keyed upload; <see cref="Document"/> is set for
/// <see cref="IdempotencyVerdict.Replay"/> (the first request's document as it is now).</summary>
public sealed record IdempotencyCheck(IdempotencyVerdict Verdict, TrackedDocumentView? Document = null)
{
    public static IdempotencyCheck Proceed { get; } = new(IdempotencyVerdict.Proceed);

    public static IdempotencyCheck Reused { get; } = new(IdempotencyVerdict.Reused);

    public static IdempotencyCheck InProgress { get; } = new(IdempotencyVerdict.InProgress);

    public static IdempotencyCheck Unavailable { get; } = new(IdempotencyVerdict.Unavailable);

    /// <summary>Maps document-workflow's answer. Anything it did not promise (no answer, an unknown outcome, a
    /// completion without its document) fails closed: nothing is sent unless the key was reserved.</summary>
    public static IdempotencyCheck From(IdempotencyKeyReservation? answer) => answer is null ? Unavailable : answer.Outcome switch
    {
        IdempotencyKeyOutcomes.Reserved => Proceed,
        IdempotencyKeyOutcomes.Completed when answer.Document is { } document => new(IdempotencyVerdict.Replay, document),
        IdempotencyKeyOutcomes.Completed or IdempotencyKeyOutcomes.InProgress => InProgress,
        IdempotencyKeyOutcomes.Mismatch => Reused,
        _ => Unavailable,
    };
}
