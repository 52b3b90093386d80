using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>Pure: which of the documents a veteran is reading are refreshed from their provider first. A pending
/// document whose status is older than the allowed age: known since its last poll (<see cref="LastPolledTime"/>), its
/// last change, or its last on-demand refresh, whichever is newest. At most <paramref name="max"/>, newest listed first.</summary>
public static class OnDemandSelection
{
    public static IReadOnlyList<TrackedDocument> Stale(IEnumerable<TrackedDocument> documents, IReadOnlyList<PollCycleRecord> recentCycles,
        Func<Guid, DateTimeOffset?> lastRefreshed, DateTimeOffset now, TimeSpan maxAge, int max) =>
        documents
            .Where(d => d.State is DocumentState.Submitted or DocumentState.InProgress or DocumentState.TimedOut
                        && d.ProviderRequestId is not null)
            .Where(d => now - KnownAt(d, recentCycles, lastRefreshed(d.Id)) >= maxAge)
            .Take(max)
            .ToList();

    /// <summary>When the document's stored status was last known to be its provider's.</summary>
    public static DateTimeOffset KnownAt(TrackedDocument document, IReadOnlyList<PollCycleRecord> recentCycles, DateTimeOffset? refreshed)
    {
        var known = document.UpdatedAt;
        if (LastPolledTime.Of(document, recentCycles) is { } polled && polled > known) known = polled;
        return refreshed is { } at && at > known ? at : known;
    }
}
