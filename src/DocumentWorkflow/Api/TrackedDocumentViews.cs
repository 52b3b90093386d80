using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Notices;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Api;

internal static class TrackedDocumentViews
{
    /// <param name="recentCycles">The newest poll cycles (<see cref="LastPolledTime.RecentCycles"/>), from which an unchanged
    /// pending document's last poll is read; none for a document just registered.</param>
    /// <param name="notice">The failure notice to the veteran, when one was queued.</param>
    public static TrackedDocumentView ToView(this TrackedDocument d, IReadOnlyList<Transition> history,
        IReadOnlyList<PollCycleRecord>? recentCycles = null, NoticeRecord? notice = null) => new(
        d.Id, d.ClaimId, d.ParticipantId, d.Provider, d.ProviderRequestId, d.DocumentType, d.FileName, d.TrackedItemIds,
        d.State.ToStatus(), d.Step, d.Error, d.CreatedAt, d.UpdatedAt, LastPolledTime.Of(d, recentCycles ?? []),
        history.Select(t => new TransitionView(t.From?.ToStatus(), t.To.ToStatus(), t.Step, t.Detail, t.At, t.ProviderStatus))
            .ToList(),
        d.Form526SubmissionId, d.Form526Kind, d.AttachmentId, notice?.ToView());
}
