using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>Asks one provider service for the status of many documents.</summary>
public interface IProviderStatusClient
{
    /// <exception cref="ProviderCallException">The provider failed or answered nonsense.</exception>
    Task<ProviderStatusReport> QueryAsync(string provider, IReadOnlyList<string> requestIds, CancellationToken cancellationToken);

    /// <summary>The most request ids the provider takes in one status request, as its describe route states it;
    /// null when it could not be asked (the caller falls back to a safe size).</summary>
    Task<int?> MaxIdsPerRequestAsync(string provider, CancellationToken cancellationToken);
}
