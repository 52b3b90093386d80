using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>Decides a reservation of a key that already has a row; a key without one is simply reserved.
/// Pure: the stores read the row under a lock, ask here, and apply the write in the same transaction.</summary>
public static class ReservationRules
{
    public static ReservationDecision Decide(StoredReservation stored, IdempotencyKeyReservationRequest request,
        DateTimeOffset now, TimeSpan abandonAfter)
    {
        // A key stays bound to its first request whatever became of it, so a different file never gets
        // someone else's answer nor quietly reuses a released key.
        if (!string.Equals(stored.Fingerprint, request.Fingerprint, StringComparison.Ordinal))
        {
            return Answer(ReservationOutcome.Mismatch);
        }
        if (stored.State == IdempotencyKeyStates.Completed) return Answer(ReservationOutcome.Completed, stored.DocumentId);
        if (stored.State == IdempotencyKeyStates.Released) return TakeOver(request);

        // Reserved. The provider has the holder's document even if the holder died before completing the key
        // (e.g. its registration waited in the outbox): that is the answer, and nothing is sent twice.
        if (stored.DocumentAccepted)
        {
            return new ReservationDecision(new ReservationResult(ReservationOutcome.Completed, stored.DocumentId),
                ReservationWrite.MarkCompleted);
        }
        // The same attempt asking again (its first call's answer was lost): it still holds the key.
        if (stored.DocumentId == request.DocumentId) return Answer(ReservationOutcome.Reserved, request.DocumentId);
        return now - stored.ReservedAt < abandonAfter ? Answer(ReservationOutcome.InProgress) : TakeOver(request);
    }

    private static ReservationDecision Answer(ReservationOutcome outcome, Guid? documentId = null) =>
        new(new ReservationResult(outcome, documentId), ReservationWrite.None);

    private static ReservationDecision TakeOver(IdempotencyKeyReservationRequest request) =>
        new(new ReservationResult(ReservationOutcome.Reserved, request.DocumentId), ReservationWrite.TakeOver);
}
