namespace DocumentUploads.UploadApi.Routing;

/// <summary>The outcome of routing one upload, including the checks at the edge.</summary>
public abstract record UploadRoute
{
    public sealed record To(string Provider, RoutingReason Reason) : UploadRoute;

    public sealed record Refused(RoutingDecision Decision) : UploadRoute;

    /// <summary>The chosen provider holds the claim, and it is not this participant's.</summary>
    public sealed record NotYourClaim(string Provider) : UploadRoute;

    /// <summary>A provider that had to be asked about ownership could not answer; guessing could misroute.</summary>
    public sealed record OwnershipUnavailable(string Provider) : UploadRoute;
}
