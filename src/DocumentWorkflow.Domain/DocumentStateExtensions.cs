using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.DocumentWorkflow.Domain;

public static class DocumentStateExtensions
{
    /// <summary>The status string the API reports and the store keeps.</summary>
    public static string ToStatus(this DocumentState state) => state switch
    {
        DocumentState.Submitted => DocumentStatuses.Submitted,
        DocumentState.InProgress => DocumentStatuses.InProgress,
        DocumentState.Completed => DocumentStatuses.Completed,
        DocumentState.Failed => DocumentStatuses.Failed,
        DocumentState.UploadFailed => DocumentStatuses.UploadFailed,
        DocumentState.NotFound => DocumentStatuses.NotFound,
        DocumentState.TimedOut => DocumentStatuses.TimedOut,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static DocumentState ParseStatus(string status) => status switch
    {
        DocumentStatuses.Submitted => DocumentState.Submitted,
        DocumentStatuses.InProgress => DocumentState.InProgress,
        DocumentStatuses.Completed => DocumentState.Completed,
        DocumentStatuses.Failed => DocumentState.Failed,
        DocumentStatuses.UploadFailed => DocumentState.UploadFailed,
        DocumentStatuses.NotFound => DocumentState.NotFound,
        DocumentStatuses.TimedOut => DocumentState.TimedOut,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown document status."),
    };

    /// <summary>Terminal documents are never polled again.</summary>
    public static bool IsTerminal(this DocumentState state) =>
        state is DocumentState.Completed or DocumentState.Failed or DocumentState.UploadFailed or DocumentState.NotFound;
}
