using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>Writes what a set of status answers changed, and records each applied transition's telemetry: the one
/// write path of the poll cycle and the on-demand refresh.</summary>
public sealed class PollResultsWriter(IDocumentStore store, TransitionTelemetry transitions, TimeProvider time)
{
    /// <param name="bySeq">The documents asked about, by seq.</param>
    public async Task<PollPageResult> WriteAsync(IReadOnlyDictionary<long, PendingDocument> bySeq, IReadOnlyList<StatusBatchOutcome> outcomes,
        CancellationToken cancellationToken)
    {
        var changes = outcomes.SelectMany(o => o.Changes).OrderBy(c => c.Seq).ToList();
        var polled = outcomes.SelectMany(o => o.Polled).Order().ToList();
        // Only what changed is written, plus the poll time of timed-out documents, whose next poll is due from it. A
        // pending document's last poll is read from the cycle records instead (LastPolledTime): stamping every unchanged
        // row was most of a cycle's database work.
        var timedOut = polled.Where(seq => bySeq[seq].State == DocumentState.TimedOut).ToList();
        var result = await store.ApplyPollResultsAsync(changes, timedOut, time.GetUtcNow(), cancellationToken);
        foreach (var change in result.Applied)
        {
            var document = bySeq[change.Seq];
            transitions.Record(document.Id, document.Provider, document.DocumentType, change.Transition);
        }
        return result;
    }
}
