using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>What a document's error column holds after a transition, the same on both databases.</summary>
internal static class DocumentErrors
{
    /// <summary>The provider's detail while the document is failed (or similar); cleared when it moves on.</summary>
    public static string? For(Transition transition) =>
        transition.To is DocumentState.InProgress or DocumentState.Completed ? null : transition.Detail;
}
