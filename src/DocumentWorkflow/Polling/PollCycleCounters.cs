using System.Collections.Concurrent;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>Running totals of one cycle; provider batches add to it concurrently.</summary>
internal sealed class PollCycleCounters
{
    private int _documentsPolled;
    private int _providerErrors;
    private int _unexpectedIds;
    private int _conflicts;

    public ConcurrentDictionary<string, int> TransitionsByKind { get; } = new();
    public ConcurrentDictionary<string, int> ProviderErrorsByProvider { get; } = new();
    public ConcurrentDictionary<string, int> ProviderBatchesByProvider { get; } = new();
    public int DocumentsPolled => _documentsPolled;
    public int ProviderErrors => _providerErrors;
    public int UnexpectedIds => _unexpectedIds;
    public int Conflicts => _conflicts;
    public int Transitions => TransitionsByKind.Values.Sum();

    public void AddPolled(int count) => Interlocked.Add(ref _documentsPolled, count);
    public void AddProviderError(string provider)
    {
        Interlocked.Increment(ref _providerErrors);
        ProviderErrorsByProvider.AddOrUpdate(provider, 1, (_, n) => n + 1);
    }
    public void AddProviderBatch(string provider) => ProviderBatchesByProvider.AddOrUpdate(provider, 1, (_, n) => n + 1);
    public void AddUnexpected(int count) => Interlocked.Add(ref _unexpectedIds, count);
    public void AddConflicts(int count) => Interlocked.Add(ref _conflicts, count);
    public void AddTransition(string kind) => TransitionsByKind.AddOrUpdate(kind, 1, (_, n) => n + 1);
}
