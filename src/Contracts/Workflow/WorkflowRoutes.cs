namespace DocumentUploads.Contracts.Workflow;

/// <summary>Routes of document-workflow that other services call.</summary>
public static class WorkflowRoutes
{
    /// <summary>POST <see cref="RegisterDocumentRequest"/> (service token): 201 with the new
    /// <see cref="TrackedDocumentView"/>, or 200 with the existing one for the same provider request id.</summary>
    public const string Documents = "/documents";

    /// <summary>GET (service token): one <see cref="TrackedDocumentView"/>.</summary>
    public const string Document = "/documents/{id}";

    /// <summary>POST: run one poll cycle now. The Dapr cron binding named
    /// <c>document-status-poll</c> calls this route on every tick.</summary>
    public const string StatusPoll = "/document-status-poll";
}
