namespace DocumentUploads.UploadApi.Idempotency;

/// <summary>What the upload handler does after asking about its idempotency key.</summary>
public enum IdempotencyVerdict
{
    /// <summary>This attempt holds the key: send the document.</summary>
    Proceed,

    /// <summary>The same request already created a document: answer it again, send nothing.</summary>
    Replay,

    /// <summary>The key was used for a different upload: 422, send nothing.</summary>
    Reused,

    /// <summary>The same request is being handled right now (or its result is still being recorded): 409.</summary>
    InProgress,

    /// <summary>document-workflow could not be asked: 503, send nothing (without the key's guarantee, a
    /// retry could be filed twice).</summary>
    Unavailable,
}
