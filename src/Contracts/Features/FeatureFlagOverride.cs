namespace DocumentUploads.Contracts.Features;

/// <summary>An operator's runtime setting of a flag, which replaces its configured default.</summary>
public sealed record FeatureFlagOverride(
    string Name,
    bool Enabled,
    IReadOnlyList<string> Users,
    int Percentage,
    DateTimeOffset ChangedAt,
    string ChangedBy);
