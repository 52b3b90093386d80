namespace DocumentUploads.UploadApi.Routing;

/// <summary>Everything the routing decision depends on, gathered at the edge.</summary>
/// <param name="RequestedProviderId">The raw <c>provider_id</c> / <c>X-Provider-ID</c> value, null when absent.</param>
/// <param name="MultiProviderEnabled">The master flag for this user.</param>
/// <param name="EnabledProviders">Providers whose own flag is on for this user.</param>
/// <param name="OwningProvider">The provider known to own the claim, or null when nothing could tell.</param>
public sealed record RoutingInput(
    string ClaimId,
    string? RequestedProviderId,
    bool MultiProviderEnabled,
    IReadOnlySet<string> EnabledProviders,
    string? OwningProvider);
