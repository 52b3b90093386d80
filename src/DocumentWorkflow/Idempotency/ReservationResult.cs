namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>A reservation's outcome. <see cref="DocumentId"/> is the answer's document when
/// <see cref="ReservationOutcome.Completed"/>, the caller's own attempt when <see cref="ReservationOutcome.Reserved"/>,
/// and null otherwise (another attempt's id is none of the caller's business).</summary>
public sealed record ReservationResult(ReservationOutcome Outcome, Guid? DocumentId = null);
