using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderChampva.Upstream;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.ProviderChampva.Endpoints;

/// <summary><c>GET /claims/{claimId}/ownership?participantId=</c>: whether the claim is the participant's.</summary>
public static class OwnershipEndpoint
{
    public static void MapOwnershipEndpoint(this IEndpointRouteBuilder app) => app.MapGet(ProviderRoutes.Ownership, GetAsync);

    private static async Task<Results<Ok<ProviderClaimOwnership>, JsonHttpResult<ProviderError>>> GetAsync(
        string claimId, string? participantId, ChampvaClient champva, HttpContext context)
    {
        if (string.IsNullOrWhiteSpace(participantId)) return ProviderErrors.InvalidRequest("participantId is required.");
        try
        {
            return TypedResults.Ok(await champva.GetClaimOwnershipAsync(claimId, participantId, context.RequestAborted));
        }
        catch (ChampvaUpstreamException e)
        {
            return ProviderErrors.FromUpstream(e, context.Response, StatusCodes.Status502BadGateway);
        }
    }
}
