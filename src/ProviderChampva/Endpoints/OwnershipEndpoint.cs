using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderChampva.Upstream;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.ProviderChampva.Endpoints;

/// <summary><c>GET /claims/{claimId}/ownership?participantId=</c>: whether the claim is the participant's.</summary>
public static class OwnershipEndpoint
{
    public const string Route = "/claims/{claimId}/ownership";

    public static void MapOwnershipEndpoint(this IEndpointRouteBuilder app) => app.MapGet(Route, GetAsync);

    private static async Task<Results<Ok<OwnershipResult>, JsonHttpResult<ProviderError>>> GetAsync(
        string claimId, string? participantId, ChampvaClient champva, HttpContext context)
    {
        if (string.IsNullOrWhiteSpace(participantId)) return ProviderErrors.InvalidRequest("participantId is required.");
        try
        {
            return TypedResults.Ok(new OwnershipResult(await champva.IsClaimOwnedAsync(claimId, participantId, context.RequestAborted)));
        }
        catch (ChampvaUpstreamException e)
        {
            return ProviderErrors.FromUpstream(e, context.Response, StatusCodes.Status502BadGateway);
        }
    }
}
