namespace DocumentUploads.Contracts.Workflow;

/// <summary>document-workflow's routes behind the public <c>Idempotency-Key</c> header (service token only).
/// The key and the participant travel in the body, not the path: a key may hold any printable ASCII,
/// '/', '%' and '?' included, which a path segment does not carry safely through Kestrel and Dapr.</summary>
public static class IdempotencyRoutes
{
    /// <summary>POST <see cref="IdempotencyKeyReservationRequest"/>: 200 with an
    /// <see cref="IdempotencyKeyReservation"/> (reserved, completed, in_progress or mismatch).</summary>
    public const string Reservations = "/idempotency-keys";

    /// <summary>POST <see cref="IdempotencyKeyAttempt"/>: 204 once the attempt's document is the key's
    /// answer; 409 when the attempt no longer holds the key.</summary>
    public const string Completion = "/idempotency-keys/completion";

    /// <summary>POST <see cref="IdempotencyKeyAttempt"/>: 204 once the key is free for the same request
    /// again (the attempt sent nothing that stuck); 409 when the attempt no longer holds the key.</summary>
    public const string Release = "/idempotency-keys/release";
}
