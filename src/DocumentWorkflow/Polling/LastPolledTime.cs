using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>When a document's status was last asked of its provider. A cycle writes only the documents that changed
/// (and the timed-out ones it polled), so an unchanged submitted or in-progress document's row keeps the time of its
/// last change; every cycle that completed without a failed batch for its provider since it was registered polled it
/// too, so the newest such cycle's start is when it was last known unchanged. The rule is pure; <see cref="CyclesFor"/> is
/// its one read.</summary>
public static class LastPolledTime
{
    /// <summary>Cycles read for this (two hours of them at the production interval); older ones add nothing a
    /// document's own row does not say.</summary>
    public const int RecentCycles = 24;

    /// <summary>Whether the document's last poll is read from the cycles (an unchanged pending one); for any other,
    /// its own stamp says it, so a caller need not read the cycles at all.</summary>
    public static bool ReadsCycles(TrackedDocument document) => document.State is DocumentState.Submitted or DocumentState.InProgress;

    /// <summary>Reads the cycles only when some document needs them (<see cref="ReadsCycles"/>): most reads are of
    /// finished documents, and a polling upload page asks every second.</summary>
    public static async Task<IReadOnlyList<PollCycleRecord>> CyclesFor(IEnumerable<TrackedDocument> documents, IDocumentStore store,
        CancellationToken cancellationToken) =>
        documents.Any(ReadsCycles) ? await store.RecentCyclesAsync(RecentCycles, cancellationToken) : [];

    public static DateTimeOffset? Of(TrackedDocument document, IEnumerable<PollCycleRecord> recentCycles)
    {
        if (!ReadsCycles(document)) return document.LastPolledAt;
        DateTimeOffset? covered = null;
        foreach (var cycle in recentCycles)
        {
            if (cycle.StartedAt < document.CreatedAt || !PolledAllOf(cycle, document.Provider)) continue;
            if (covered is null || cycle.StartedAt > covered) covered = cycle.StartedAt;
        }
        return covered is { } polled && (document.LastPolledAt is null || polled > document.LastPolledAt) ? polled : document.LastPolledAt;
    }

    // A failed batch leaves its documents unasked, and the record does not say which: such a cycle proves nothing.
    private static bool PolledAllOf(PollCycleRecord cycle, string provider) => cycle.Outcome == PollCycleRecord.Succeeded
        || (cycle.Outcome == PollCycleRecord.CompletedWithErrors && cycle.ProviderErrorsByProvider.GetValueOrDefault(provider) == 0);
}
