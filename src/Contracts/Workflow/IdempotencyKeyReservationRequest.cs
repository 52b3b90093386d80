namespace DocumentUploads.Contracts.Workflow;

/// <summary>Asks to hold a participant's idempotency key for one upload attempt. <see cref="DocumentId"/> is the
/// tracking id the attempt will register its document under: it names the attempt (so a repeated call by the same
/// attempt is answered <c>reserved</c> again) and lets the key complete itself once that document is registered.</summary>
public sealed record IdempotencyKeyReservationRequest(string ParticipantId, string Key, string Fingerprint, Guid DocumentId);
