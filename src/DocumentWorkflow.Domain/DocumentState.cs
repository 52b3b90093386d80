namespace DocumentUploads.DocumentWorkflow.Domain;

public enum DocumentState
{
    /// <summary>The provider accepted the document; it has not reported progress yet.</summary>
    Submitted,

    /// <summary>Moving through the provider's steps; the document's step says which.</summary>
    InProgress,

    Completed,

    /// <summary>The provider reported FAILED at a named step.</summary>
    Failed,

    /// <summary>The provider never accepted the document (refused, failed or unreachable).</summary>
    UploadFailed,

    /// <summary>The provider did not know the document for longer than the grace window.</summary>
    NotFound,

    /// <summary>No terminal status long after upload; still polled, at a lower rate.</summary>
    TimedOut,
}
