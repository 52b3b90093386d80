using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Features;

public static class FeatureFlagStoreRegistration
{
    /// <summary>Flag overrides live in the same database as the documents (same Storage:* settings).</summary>
    public static IServiceCollection AddFeatureFlagStore(this IServiceCollection services)
    {
        services.AddSqlDialect();
        services.AddSingleton<IFeatureFlagStore, FeatureFlagStore>();
        return services;
    }
}
