using DocumentUploads.ChampvaSim.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.ChampvaSim.Claims;

/// <summary><c>GET /claims/{claimNumber}?beneficiaryId=</c>: 200 when the claim is the
/// beneficiary's, 403 when it is someone else's, 404 when there is no such claim.</summary>
public static class ClaimEndpoint
{
    public static void MapClaimEndpoint(this IEndpointRouteBuilder api) => api.MapGet("/claims/{claimNumber}", Get);

    private static Results<Ok<ClaimView>, JsonHttpResult<ChampvaErrorBody>> Get(string claimNumber, string? beneficiaryId)
    {
        if (string.IsNullOrWhiteSpace(beneficiaryId)) return ChampvaErrors.BadRequest("beneficiaryId is required.");
        if (!ClaimOwnership.Exists(claimNumber))
        {
            return ChampvaErrors.Create(StatusCodes.Status404NotFound, ChampvaErrors.NotFound, $"Claim {claimNumber} was not found.");
        }
        if (!ClaimOwnership.BelongsToCaller(claimNumber))
        {
            return ChampvaErrors.Create(StatusCodes.Status403Forbidden, ChampvaErrors.Forbidden,
                $"Claim {claimNumber} does not belong to beneficiary {beneficiaryId}.");
        }
        return TypedResults.Ok(new ClaimView(claimNumber, beneficiaryId, "OPEN"));
    }
}
