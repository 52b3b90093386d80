namespace DocumentUploads.Contracts.Providers;

/// <summary>A provider's answer to <c>GET /claims/{claimId}/ownership?participantId=</c>.</summary>
/// <param name="Known">The claim is this provider's (it exists in its system).</param>
/// <param name="Owned">It belongs to the participant asking; meaningful only when <paramref name="Known"/>.</param>
public sealed record ProviderClaimOwnership(bool Known, bool Owned);
