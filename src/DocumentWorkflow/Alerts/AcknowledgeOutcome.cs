namespace DocumentUploads.DocumentWorkflow.Alerts;

public enum AcknowledgeOutcome
{
    /// <summary>Recorded now.</summary>
    Acknowledged,

    /// <summary>Someone had acknowledged it before; the first acknowledgement stands.</summary>
    AlreadyAcknowledged,

    /// <summary>There is no alert with that id.</summary>
    NotFound,

    /// <summary>The alert has resolved: there is nothing left to acknowledge.</summary>
    Resolved,
}
