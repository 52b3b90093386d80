using DocumentUploads.Contracts.Features;

namespace DocumentUploads.DocumentWorkflow.Features;

/// <summary>Operators' runtime flag overrides and their history.</summary>
public interface IFeatureFlagStore
{
    Task<IReadOnlyList<FeatureFlagOverride>> GetAllAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the flag's override and appends the change to its history, atomically.</summary>
    Task SaveAsync(FeatureFlagOverride flag, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeatureFlagOverride>> RecentChangesAsync(int limit, CancellationToken cancellationToken);
}
