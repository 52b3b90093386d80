using DocumentUploads.ServiceAuth;
using Microsoft.FeatureManagement;

namespace DocumentUploads.UploadApi.Features;

/// <summary><c>GET /v0/feature_toggles?features=a,b</c>: the flags' values for the calling user,
/// in the shape the VA.gov frontend reads.</summary>
public static class FeatureTogglesApi
{
    public const string Route = "/v0/feature_toggles";

    public static IEndpointRouteBuilder MapFeatureTogglesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, GetAsync).RequireAuthorization(AuthPolicies.User);
        return app;
    }

    public static async Task<IResult> GetAsync(string? features, IVariantFeatureManagerSnapshot featureManager,
        CancellationToken cancellationToken)
    {
        var names = (features ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct();
        var values = new List<object>();
        foreach (var name in names)
        {
            values.Add(new { name, value = await featureManager.IsEnabledAsync(name, cancellationToken) });
        }
        return TypedResults.Ok(new { data = new { type = "feature_toggles", features = values } });
    }
}
