using System.Collections.Frozen;
using DocumentUploads.Contracts.Features;

namespace DocumentUploads.UploadApi.Features;

/// <summary>The operators' runtime flag settings as last read from document-workflow. Swapped
/// whole, so a reader never sees half an update.</summary>
public sealed class FeatureFlagOverrides
{
    private volatile FrozenDictionary<string, FeatureFlagOverride> _current = FrozenDictionary<string, FeatureFlagOverride>.Empty;

    public DateTimeOffset? LastRefreshedAt { get; private set; }

    public FeatureFlagOverride? Find(string name) => _current.GetValueOrDefault(name);

    public IEnumerable<FeatureFlagOverride> All => _current.Values;

    public void Replace(IEnumerable<FeatureFlagOverride> overrides, DateTimeOffset at)
    {
        _current = overrides.ToFrozenDictionary(o => o.Name, StringComparer.Ordinal);
        LastRefreshedAt = at;
    }
}
