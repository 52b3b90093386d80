namespace DocumentUploads.UploadApi.Routing;

/// <summary>Where a document goes, or why it goes nowhere.</summary>
public abstract record RoutingDecision(RoutingReason Reason)
{
    /// <summary>Send it to <see cref="Provider"/>.</summary>
    public sealed record Routed(string Provider, RoutingReason Why) : RoutingDecision(Why);

    /// <summary>The requested provider id is not one we know: 400 INVALID_PROVIDER.</summary>
    public sealed record InvalidProvider(string? Requested) : RoutingDecision(RoutingReason.Rejected);

    /// <summary>The claim belongs to <see cref="Provider"/>, which is not enabled for this user:
    /// 503 PROVIDER_UNAVAILABLE. Sending it anywhere else would misroute it.</summary>
    public sealed record ProviderUnavailable(string Provider) : RoutingDecision(RoutingReason.Rejected);
}
