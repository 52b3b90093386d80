namespace DocumentUploads.UploadApi.Routing;

/// <summary>One document provider known to the registry.</summary>
/// <param name="Provider">The name recorded on documents (<c>lighthouse</c>); its service is <c>provider-{name}</c>.</param>
/// <param name="PseudoId">The id the frontend sends as <c>provider_id</c> / <c>X-Provider-ID</c>.</param>
/// <param name="FeatureFlag">The per-provider flag that must be on for the user (second tier).</param>
/// <param name="ClaimIdPrefix">Claim ids that start with this belong to the provider (null: none do by pattern).</param>
/// <param name="CanTellOwnership">Its service answers whether it holds a claim (<c>GET /claims/{id}/ownership</c>).</param>
public sealed record ProviderRegistration(
    string Provider,
    int PseudoId,
    string FeatureFlag,
    string? ClaimIdPrefix,
    bool CanTellOwnership);
