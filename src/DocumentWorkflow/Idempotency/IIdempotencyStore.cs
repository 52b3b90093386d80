using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>Idempotency keys of public uploads, shared by every upload-api replica. Each call is one atomic unit
/// of work, so of several attempts racing for one key exactly one is told <see cref="ReservationOutcome.Reserved"/>.
/// The schema belongs to the document store's migrations (003).</summary>
public interface IIdempotencyStore
{
    /// <summary>Holds the key for the request's attempt, or says why not (<see cref="ReservationRules"/>).
    /// A reservation left <c>reserved</c> for <paramref name="abandonAfter"/> is presumed dead and taken over.</summary>
    Task<ReservationResult> ReserveAsync(IdempotencyKeyReservationRequest request, DateTimeOffset now, TimeSpan abandonAfter,
        CancellationToken cancellationToken);

    /// <summary>Makes the attempt's document the key's answer. False when the attempt no longer holds the key
    /// (released, or taken over after it was presumed dead); true again for a repeated call.</summary>
    Task<bool> CompleteAsync(IdempotencyKeyAttempt attempt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Frees the key for the same request (the attempt sent nothing that stuck). The fingerprint stays
    /// bound, so a different request is still a mismatch. False when the attempt no longer holds the key or it
    /// is completed; true again for a repeated call.</summary>
    Task<bool> ReleaseAsync(IdempotencyKeyAttempt attempt, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="limit"/> keys created before <paramref name="createdBefore"/>, except one
    /// whose attempt has held it since then (a reservation younger than the cut-off is still running). Returns how
    /// many were deleted; the caller repeats until fewer than the limit come back.</summary>
    Task<int> PurgeAsync(DateTimeOffset createdBefore, int limit, CancellationToken cancellationToken);
}
