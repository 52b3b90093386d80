using DocumentUploads.Contracts.Features;

namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>The flags page: operators' current overrides and the latest changes, newest first.</summary>
public sealed record FlagsReport(IReadOnlyList<FeatureFlagOverride> Overrides, IReadOnlyList<FeatureFlagOverride> Changes);
