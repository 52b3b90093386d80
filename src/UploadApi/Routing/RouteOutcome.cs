namespace DocumentUploads.UploadApi.Routing;

/// <summary>The outcome of routing one upload, including the checks at the edge.</summary>
public abstract record RouteOutcome
{
    public sealed record To(string Provider, RoutingReason Reason) : RouteOutcome;

    public sealed record Refused(RoutingDecision Decision) : RouteOutcome;

    /// <summary>The chosen provider holds the claim, and it is not this participant's.</summary>
    public sealed record NotYourClaim(string Provider) : RouteOutcome;

    /// <summary>A provider that had to be asked about ownership could not answer; guessing could misroute.</summary>
    public sealed record OwnershipUnavailable(string Provider) : RouteOutcome;
}
