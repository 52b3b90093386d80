using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Features;

public static class FeatureFlagStoreRegistration
{
    /// <summary>Flag overrides live in the same database as the documents (same Storage:* settings).</summary>
    public static IServiceCollection AddFeatureFlagStore(this IServiceCollection services)
    {
        services.AddSingleton<IFeatureFlagStore>(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<StorageSettings>>().Value;
            return settings.Provider.ToLowerInvariant() switch
            {
                StorageSettings.Postgres => new PostgresFeatureFlagStore(sp.GetRequiredService<NpgsqlDataSource>()),
                _ => new SqliteFeatureFlagStore(
                    SqliteConnectionStrings.Resolve(settings, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)),
            };
        });
        return services;
    }
}
