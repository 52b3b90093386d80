using DocumentUploads.LighthouseSim.Auth;
using DocumentUploads.LighthouseSim.Errors;

namespace DocumentUploads.LighthouseSim.Claims;

/// <summary>The slice of the Benefits Claims API the provider needs to tell whether a claim is the
/// veteran's: <c>GET /services/claims/v2/veterans/{participantId}/claims/{claimId}</c>, 200 for the
/// veteran's own claim, 404 otherwise (the real API does not say whether it is someone else's).
/// Every numeric claim exists; one whose id ends in <c>0403</c> belongs to another veteran.</summary>
public static class ClaimEndpoints
{
    public const string Route = "/services/claims/v2/veterans/{participantId}/claims/{claimId}";
    public const string OtherVeteransSuffix = "0403";

    public static IEndpointRouteBuilder MapClaimEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, (string participantId, string claimId) =>
            IsVeteransClaim(claimId)
                ? Results.Ok(new { data = new { id = claimId, type = "claim", attributes = new { status = "CLAIM_RECEIVED" } } })
                : LighthouseErrors.NotFound($"Claim {claimId} was not found for this veteran."))
            .AddEndpointFilter<BearerTokenFilter>();
        return app;
    }

    public static bool IsVeteransClaim(string claimId) =>
        claimId.Length > 0 && claimId.All(char.IsAsciiDigit) && !claimId.EndsWith(OtherVeteransSuffix, StringComparison.Ordinal);
}
