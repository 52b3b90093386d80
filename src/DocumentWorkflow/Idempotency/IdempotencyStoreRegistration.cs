using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Idempotency;

public static class IdempotencyStoreRegistration
{
    /// <summary>Keys live in the same database as the documents (same Storage:* settings): a reservation reads
    /// whether its attempt's document was registered. Settings from the <c>Idempotency</c> section.</summary>
    public static IServiceCollection AddIdempotencyStore(this IServiceCollection services)
    {
        services.AddOptions<IdempotencySettings>().BindConfiguration(IdempotencySettings.SectionName)
            .Validate(s => !s.Validate().Any(), "Idempotency settings are invalid (see Idempotency:* configuration).").ValidateOnStart();
        services.AddSqlDialect();
        services.AddSingleton<IIdempotencyStore, IdempotencyStore>();
        services.AddHostedService<IdempotencyKeyPurger>();
        return services;
    }
}
