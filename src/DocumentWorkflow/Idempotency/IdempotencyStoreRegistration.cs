using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Idempotency;

public static class IdempotencyStoreRegistration
{
    /// <summary>Keys live in the same database as the documents (same Storage:* settings): a reservation reads
    /// whether its attempt's document was registered. Settings from the <c>Idempotency</c> section.</summary>
    public static IServiceCollection AddIdempotencyStore(this IServiceCollection services)
    {
        services.AddOptions<IdempotencySettings>().BindConfiguration(IdempotencySettings.SectionName)
            .Validate(s => s.AbandonAfter > TimeSpan.Zero, "Idempotency:AbandonAfter must be positive.").ValidateOnStart();
        services.AddDatabaseStore<IIdempotencyStore>(
            (_, connectionString) => new SqliteIdempotencyStore(connectionString),
            (_, dataSource) => new PostgresIdempotencyStore(dataSource));
        return services;
    }
}
