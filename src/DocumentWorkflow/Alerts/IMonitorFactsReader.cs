namespace DocumentUploads.DocumentWorkflow.Alerts;

/// <summary>The counts the alert monitors need that no other store offers.</summary>
public interface IMonitorFactsReader
{
    /// <summary>Per provider, documents registered at or after <paramref name="since"/> and how many of them
    /// are upload_failed.</summary>
    Task<IReadOnlyList<ProviderUploadCounts>> CountUploadsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Transitions to failed at or after <paramref name="since"/>.</summary>
    Task<long> CountFailedTransitionsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
