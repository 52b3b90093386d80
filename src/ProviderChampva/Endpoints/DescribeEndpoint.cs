using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderChampva.Mapping;

namespace DocumentUploads.ProviderChampva.Endpoints;

/// <summary><see cref="ProviderRoutes.Describe"/>: this provider's id and its steps in order.</summary>
public static class DescribeEndpoint
{
    public static void MapDescribeEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet(ProviderRoutes.Describe, (ChampvaSettings settings) => TypedResults.Ok(ChampvaStatusMapping.Describe(settings)));
}
