using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.ProviderLighthouse.Lighthouse;

/// <summary>This provider as the contract describes it (its status answers are translated by
/// <see cref="LighthouseStatusReportWriter"/>).</summary>
public static class LighthouseStatusMapper
{
    /// <summary>This provider as its describe route answers, with the configured status request limit.</summary>
    public static ProviderDescription Describe(LighthouseSettings settings) => new(ProviderIds.Lighthouse,
    [
        new("CLAIMS_EVIDENCE", "VBMS"),
        new("BENEFITS_GATEWAY_SERVICE", "BGS"),
    ], settings.MaxIdsPerStatusRequest);
}
