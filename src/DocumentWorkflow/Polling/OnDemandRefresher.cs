using System.Collections.Concurrent;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>Refreshes the stale pending documents a veteran is reading from their providers' bulk status endpoints,
/// through the same evaluation (<see cref="StatusBatchOutcome"/>) and writes (<see cref="PollResultsWriter"/>) as a
/// poll cycle. Bounded: at most <see cref="PollingSettings.OnDemandMaxDocuments"/> per read, each document at most once
/// per <see cref="PollingSettings.OnDemandMaxAge"/> in this process, and concurrent reads of one document share one
/// provider call. A provider that fails or is slow leaves the stored status: the read never fails because of it.</summary>
public sealed partial class OnDemandRefresher(IProviderStatusClient providers, PollResultsWriter writer, IMemoryCache refreshed,
    IOptionsMonitor<PollingSettings> settings, TimeProvider time, ILogger<OnDemandRefresher> logger)
{
    private readonly ConcurrentDictionary<Guid, Task> _inFlight = new();

    /// <summary>Refreshes those of <paramref name="documents"/> that are stale. True when any may have changed (this
    /// read's refresh applied a transition, or it waited for another read's): the caller reads them again.</summary>
    public async Task<bool> RefreshAsync(IReadOnlyList<TrackedDocument> documents, IReadOnlyList<PollCycleRecord> recentCycles,
        CancellationToken cancellationToken)
    {
        var current = settings.CurrentValue;
        var now = time.GetUtcNow();
        var stale = OnDemandSelection.Stale(documents, recentCycles,
            id => refreshed.TryGetValue(Key(id), out DateTimeOffset at) ? at : null, now, current.OnDemandMaxAge,
            current.OnDemandMaxDocuments);
        if (stale.Count == 0) return false;

        var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var toAsk = new List<TrackedDocument>();
        var others = new List<Task>();
        foreach (var document in stale)
        {
            var running = _inFlight.GetOrAdd(document.Id, mine.Task);
            if (running == mine.Task) toAsk.Add(document);
            else others.Add(running);
        }

        var changed = false;
        try
        {
            if (toAsk.Count > 0) changed = await AskAsync(toAsk, current, cancellationToken);
        }
        finally
        {
            foreach (var document in toAsk)
            {
                refreshed.Set(Key(document.Id), now, current.OnDemandMaxAge);
                _inFlight.TryRemove(KeyValuePair.Create(document.Id, mine.Task));
            }
            mine.SetResult();
        }
        if (others.Count == 0) return changed;
        try
        {
            await Task.WhenAll(others).WaitAsync(current.OnDemandTimeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // The other read's refresh is still running: answer with what is stored.
        }
        return true;
    }

    private async Task<bool> AskAsync(IReadOnlyList<TrackedDocument> documents, PollingSettings current, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(current.OnDemandTimeout);
        var pending = documents.Select(ToPending).ToList();
        var outcomes = new List<StatusBatchOutcome>();
        foreach (var group in pending.GroupBy(d => d.Provider))
        {
            var byRequestId = group.ToDictionary(d => d.ProviderRequestId, StringComparer.Ordinal);
            try
            {
                var report = await providers.QueryAsync(group.Key, byRequestId.Keys.ToList(), deadline.Token);
                var answer = ProviderStatusMapper.MapReport(byRequestId.Keys, report);
                outcomes.Add(StatusBatchOutcome.From(byRequestId, answer, current.Policy, time.GetUtcNow(),
                    (document, status) => LogUnrecognizedStatus(group.Key, document.Id, status)));
            }
            catch (ProviderCallException ex)
            {
                LogFellBack(group.Key, byRequestId.Count, ex.Reason);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                LogFellBack(group.Key, byRequestId.Count, $"no answer within {current.OnDemandTimeout.TotalSeconds:0.#} s");
            }
        }
        if (outcomes.Count == 0) return false;
        var result = await writer.WriteAsync(pending.ToDictionary(d => d.Seq), outcomes, cancellationToken);
        return result.Applied.Count > 0;
    }

    private static PendingDocument ToPending(TrackedDocument d) =>
        new(d.Seq, d.Id, d.Provider, d.ProviderRequestId!, d.DocumentType, d.State, d.Step, d.CreatedAt, d.Version);

    private static string Key(Guid documentId) => $"on-demand-refresh:{documentId}";

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "On-demand status refresh of {Count} documents from provider {Provider} failed ({Reason}); answering with the stored status")]
    private partial void LogFellBack(string provider, int count, string reason);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Provider {Provider} reported unrecognized status '{Status}' for document {DocumentId}; left unchanged")]
    private partial void LogUnrecognizedStatus(string provider, Guid documentId, string status);
}
