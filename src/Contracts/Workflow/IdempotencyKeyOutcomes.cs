namespace DocumentUploads.Contracts.Workflow;

/// <summary>Values of <see cref="IdempotencyKeyReservation.Outcome"/>.</summary>
public static class IdempotencyKeyOutcomes
{
    /// <summary>The caller's attempt holds the key: go ahead and send the document.</summary>
    public const string Reserved = "reserved";

    /// <summary>The same request already created a document: answer with it, send nothing.</summary>
    public const string Completed = "completed";

    /// <summary>The same request is being handled by another attempt right now.</summary>
    public const string InProgress = "in_progress";

    /// <summary>The key was first used for a different request.</summary>
    public const string Mismatch = "mismatch";
}
