using DocumentUploads.ServiceDefaults;
using Microsoft.FeatureManagement;

namespace DocumentUploads.UploadApi.Features;

public static class FeatureFlagRegistration
{
    public static IServiceCollection AddDocumentUploadFeatureFlags(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<FeatureFlagOverrides>();
        // Registered before AddFeatureManagement so it replaces the configuration-only provider.
        services.AddSingleton<IFeatureDefinitionProvider, OverridingFeatureDefinitionProvider>();
        services.AddFeatureManagement().WithTargeting<UserTargetingContextAccessor>();
        services.AddSingleton<FeatureOverrideRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<FeatureOverrideRefresher>());
        return services;
    }
}
