namespace DocumentUploads.DocumentWorkflow.Domain;

/// <summary>Why a document changed, for metrics and logs.</summary>
public enum TransitionKind
{
    /// <summary>Recorded on registration.</summary>
    Registered,

    /// <summary>Moved forward, or to another step, without finishing.</summary>
    Progressed,

    Completed,
    Failed,
    NotFound,
    TimedOut,

    /// <summary>The provider never accepted the document.</summary>
    UploadFailed,
}
