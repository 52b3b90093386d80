using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>Asks one provider service for the status of many documents.</summary>
public interface IProviderStatusClient
{
    /// <exception cref="ProviderCallException">The provider failed or answered nonsense.</exception>
    Task<ProviderStatusReport> QueryAsync(string provider, IReadOnlyList<string> requestIds, CancellationToken cancellationToken);
}
