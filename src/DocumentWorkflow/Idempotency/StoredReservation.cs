namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>A key's row as a store read it (under lock). <see cref="DocumentAccepted"/>: a document with the
/// holder's id is registered with a provider request id, i.e. the provider has it, whether or not the
/// holder lived to say so (its registration may have come through upload-api's outbox).</summary>
public sealed record StoredReservation(string Fingerprint, Guid DocumentId, string State, DateTimeOffset ReservedAt,
    bool DocumentAccepted);
