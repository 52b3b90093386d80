namespace DocumentUploads.Contracts.Workflow;

/// <summary>The answer to a reservation: an <see cref="IdempotencyKeyOutcomes"/> value, and for
/// <c>completed</c> the document the key's first request created, as <c>GET /documents/{id}</c> shows it.</summary>
public sealed record IdempotencyKeyReservation(string Outcome, TrackedDocumentView? Document = null);
