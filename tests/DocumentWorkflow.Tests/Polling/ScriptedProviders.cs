using DocumentUploads.Contracts.Providers;
using DocumentUploads.DocumentWorkflow.Polling;

namespace DocumentUploads.DocumentWorkflow.Tests.Polling;

/// <summary>A provider status client whose answer to each batch the test decides: the provider side of
/// the poller's in-process tests. Counts the batches it was asked.</summary>
internal sealed class ScriptedProviders(Func<string, IReadOnlyList<string>, CancellationToken, Task<ProviderStatusReport>> answer)
    : IProviderStatusClient
{
    private int _calls;

    public int Calls => _calls;

    /// <summary>What each provider's describe route states (null: it could not be asked).</summary>
    public int? MaxIdsPerRequest { get; init; }

    public Task<int?> MaxIdsPerRequestAsync(string provider, CancellationToken cancellationToken) => Task.FromResult(MaxIdsPerRequest);

    public Task<ProviderStatusReport> QueryAsync(string provider, IReadOnlyList<string> requestIds, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return answer(provider, requestIds, cancellationToken);
    }

    public static ProviderStatusReport AllSucceeded(IReadOnlyList<string> requestIds) =>
        new([.. requestIds.Select(id => new ProviderDocumentStatus(id, ProviderDocumentStatus.Success, [], null))], []);
}
