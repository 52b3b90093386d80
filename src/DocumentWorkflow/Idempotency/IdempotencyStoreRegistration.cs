using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Idempotency;

public static class IdempotencyStoreRegistration
{
    /// <summary>Keys live in the same database as the documents (same Storage:* settings): a reservation reads
    /// whether its attempt's document was registered. Settings from the <c>Idempotency</c> section.</summary>
    public static IServiceCollection AddIdempotencyStore(this IServiceCollection services)
    {
        services.AddOptions<IdempotencySettings>().BindConfiguration(IdempotencySettings.SectionName)
            .Validate(s => s.AbandonAfter > TimeSpan.Zero, "Idempotency:AbandonAfter must be positive.").ValidateOnStart();
        services.AddSingleton<IIdempotencyStore>(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<StorageSettings>>().Value;
            return settings.Provider.ToLowerInvariant() switch
            {
                StorageSettings.Postgres => new PostgresIdempotencyStore(sp.GetRequiredService<NpgsqlDataSource>()),
                _ => new SqliteIdempotencyStore(
                    SqliteConnectionStrings.Resolve(settings, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)),
            };
        });
        return services;
    }
}
