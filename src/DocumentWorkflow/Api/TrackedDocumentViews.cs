using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Api;

internal static class TrackedDocumentViews
{
    public static TrackedDocumentView ToView(this TrackedDocument d, IReadOnlyList<Transition> history) => new(
        d.Id, d.ClaimId, d.ParticipantId, d.Provider, d.ProviderRequestId, d.DocumentType, d.FileName, d.TrackedItemIds,
        d.State.ToStatus(), d.Step, d.Error, d.CreatedAt, d.UpdatedAt, d.LastPolledAt,
        history.Select(t => new TransitionView(t.From?.ToStatus(), t.To.ToStatus(), t.Step, t.Detail, t.At, t.ProviderStatus))
            .ToList(),
        d.Form526SubmissionId, d.Form526Kind, d.AttachmentId);
}
