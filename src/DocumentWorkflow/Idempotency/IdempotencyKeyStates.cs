namespace DocumentUploads.DocumentWorkflow.Idempotency;

/// <summary>Values of the <c>idempotency_keys.state</c> column.</summary>
public static class IdempotencyKeyStates
{
    /// <summary>An attempt holds the key: running, or dead once older than the abandonment timeout.</summary>
    public const string Reserved = "reserved";

    /// <summary>The key's answer is its document.</summary>
    public const string Completed = "completed";

    /// <summary>The last attempt sent nothing that stuck; the same request may try again at once.</summary>
    public const string Released = "released";
}
