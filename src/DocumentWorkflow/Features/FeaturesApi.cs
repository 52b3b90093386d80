using DocumentUploads.Contracts.Features;
using DocumentUploads.ServiceAuth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.DocumentWorkflow.Features;

/// <summary>Operators change flags at runtime here; every upload-api replica reads them back
/// within seconds. Every change is kept with who and when.</summary>
public static partial class FeaturesApi
{
    public static IEndpointRouteBuilder MapFeaturesApi(this IEndpointRouteBuilder app)
    {
        // Readable by operators and by the other services (upload-api refreshes from here).
        var opsOrService = new AuthorizationPolicyBuilder(AuthSchemes.User, AuthSchemes.Service)
            // A service token is recognised by its audience: only the service scheme's key signs it.
            .RequireAssertion(c => c.User.IsInRole(AuthPolicies.OpsRole)
                                   || c.User.HasClaim("aud", AuthSchemes.ServiceAudience))
            .Build();
        app.MapGet(FeatureRoutes.Features, GetAllAsync).RequireAuthorization(opsOrService);
        app.MapGet(FeatureRoutes.Changes, ChangesAsync).RequireAuthorization(AuthPolicies.Ops);
        app.MapPut(FeatureRoutes.Feature, PutAsync).RequireAuthorization(AuthPolicies.Ops);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<FeatureFlagOverride>>> GetAllAsync(IFeatureFlagStore store,
        CancellationToken cancellationToken) => TypedResults.Ok(await store.GetAllAsync(cancellationToken));

    public static async Task<Ok<IReadOnlyList<FeatureFlagOverride>>> ChangesAsync(IFeatureFlagStore store, int? limit,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.RecentChangesAsync(Math.Clamp(limit ?? 50, 1, 500), cancellationToken));

    public static async Task<Results<Ok<FeatureFlagOverride>, NotFound<ProblemDetailsBody>, BadRequest<ProblemDetailsBody>>> PutAsync(
        string name, FeatureFlagSetting setting, HttpContext context, IFeatureFlagStore store, IConfiguration configuration,
        TimeProvider time, ILogger<FeatureFlagOverride> logger, CancellationToken cancellationToken)
    {
        if (!FeatureFlagNames.All.Contains(name) && !configuration.GetSection($"FeatureManagement:{name}").Exists())
        {
            return TypedResults.NotFound(new ProblemDetailsBody("UNKNOWN_FEATURE", $"There is no feature flag named '{name}'."));
        }
        if (setting.Percentage is < 0 or > 100)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("INVALID_PERCENTAGE", "percentage must be between 0 and 100."));
        }
        var users = (setting.Users ?? []).Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim()).Distinct().ToList();
        var who = context.User.FindFirst("sub")?.Value ?? "unknown";
        var flag = new FeatureFlagOverride(name, setting.Enabled, users, setting.Percentage, time.GetUtcNow(), who);
        await store.SaveAsync(flag, cancellationToken);
        LogChanged(logger, name, setting.Enabled, users.Count, setting.Percentage, who);
        return TypedResults.Ok(flag);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Feature flag {Flag} set to enabled={Enabled} for {UserCount} listed users and {Percentage}% by {ChangedBy}")]
    private static partial void LogChanged(ILogger logger, string flag, bool enabled, int userCount, int percentage, string changedBy);
}
