namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>What a reservation found; maps one to one onto <c>IdempotencyKeyOutcomes</c>.</summary>
public enum ReservationOutcome
{
    Reserved,
    Completed,
    InProgress,
    Mismatch,
}
