namespace DocumentUploads.Contracts.Providers;

/// <summary>Who a provider service is: its registry id and its steps in order, with a label
/// operators understand ("VBMS" for CLAIMS_EVIDENCE).</summary>
public sealed record ProviderDescription(string Provider, IReadOnlyList<ProviderStepDescription> Steps);
