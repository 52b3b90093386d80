namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>What to answer and what to write, decided by <see cref="ReservationRules"/>.</summary>
public sealed record ReservationDecision(ReservationResult Result, ReservationWrite Write);
