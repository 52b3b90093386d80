using System.Globalization;

namespace DocumentUploads.UploadApi.Routing;

/// <summary>The routing decision of the multi-provider ADR, as a pure function. Order: the
/// master flag (off: legacy path), then claim ownership, then the requested provider, then
/// the default. A provider is used only when its own flag is on for the user; a claim known
/// to belong to a disabled provider is refused rather than sent elsewhere (a deliberate
/// departure from the ADR's fallback: see README).</summary>
public static class ProviderRouter
{
    public static RoutingDecision Decide(RoutingInput input, ProviderRegistry registry)
    {
        if (!input.MultiProviderEnabled)
        {
            return new RoutingDecision.Routed(ProviderRegistry.DefaultProvider, RoutingReason.Legacy);
        }

        ProviderRegistration? requested = null;
        if (input.RequestedProviderId is { } raw)
        {
            requested = ParsePseudoId(raw) is { } id ? registry.ByPseudoId(id) : null;
            if (requested is null) return new RoutingDecision.InvalidProvider(raw);
        }

        if (input.OwningProvider is { } owner)
        {
            return input.EnabledProviders.Contains(owner)
                ? new RoutingDecision.Routed(owner, RoutingReason.Ownership)
                : new RoutingDecision.ProviderUnavailable(owner);
        }

        if (requested is not null && input.EnabledProviders.Contains(requested.Provider))
        {
            return new RoutingDecision.Routed(requested.Provider, RoutingReason.Requested);
        }

        return input.EnabledProviders.Contains(ProviderRegistry.DefaultProvider)
            ? new RoutingDecision.Routed(ProviderRegistry.DefaultProvider, RoutingReason.Fallback)
            : new RoutingDecision.ProviderUnavailable(ProviderRegistry.DefaultProvider);
    }

    /// <summary>A pseudo id is a plain non-negative integer ("0", "1"); anything else is invalid.</summary>
    public static int? ParsePseudoId(string raw) =>
        int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
