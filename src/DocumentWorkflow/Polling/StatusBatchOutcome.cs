using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>What one provider status answer means for a batch of documents: the changes the state machine makes, and
/// the documents the provider answered for (polled). Pure; the poll cycle and the on-demand refresh both use it, so a
/// status moves a document the same way whoever asked.</summary>
public sealed record StatusBatchOutcome(IReadOnlyList<DocumentChange> Changes, IReadOnlyList<long> Polled)
{
    public static readonly StatusBatchOutcome Empty = new([], []);

    /// <param name="onUnrecognized">Told of each status the mapper did not recognise (the document is left unchanged).</param>
    public static StatusBatchOutcome From(IReadOnlyDictionary<string, PendingDocument> byRequestId, ProviderAnswer answer,
        PollingPolicy policy, DateTimeOffset now, Action<PendingDocument, string> onUnrecognized)
    {
        var changes = new List<DocumentChange>();
        var polled = new List<long>(byRequestId.Count);
        foreach (var (requestId, observation) in answer.Observations)
        {
            var document = byRequestId[requestId];
            polled.Add(document.Seq);
            if (observation is ProviderObservation.Unrecognized unknown) onUnrecognized(document, unknown.Status);
            if (DocumentStateMachine.Apply(document.Snapshot, observation, policy, now) is { } transition)
            {
                changes.Add(new DocumentChange(document.Seq, document.Version, transition));
            }
        }
        return new StatusBatchOutcome(changes, polled);
    }
}
