namespace DocumentUploads.Contracts.Providers;

/// <summary>Who a provider service is: its registry id and its steps in order, with a label
/// operators understand ("VBMS" for CLAIMS_EVIDENCE), and the most request ids one bulk status
/// request to it may carry (its backend's own limit), which document-workflow batches by.</summary>
public sealed record ProviderDescription(string Provider, IReadOnlyList<ProviderStepDescription> Steps, int MaxIdsPerStatusRequest);
