namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>The change a reservation makes to an existing key row.</summary>
public enum ReservationWrite
{
    None,

    /// <summary>The caller's attempt becomes the holder (document id and reserved time replaced).</summary>
    TakeOver,

    /// <summary>The holder's document was registered as accepted: record the key as completed.</summary>
    MarkCompleted,
}
