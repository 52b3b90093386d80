using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Storage;

public static class DatabaseStoreRegistration
{
    /// <summary>Registers <typeparamref name="TService"/> on the database <c>Storage:Provider</c> names, so
    /// every store of this service lives in the same database (the document store owns its schema).
    /// An unknown provider fails at resolution with the same message for every store.</summary>
    public static IServiceCollection AddDatabaseStore<TService>(this IServiceCollection services,
        Func<IServiceProvider, string, TService> sqlite, Func<IServiceProvider, NpgsqlDataSource, TService> postgres)
        where TService : class
    {
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<StorageSettings>>().Value;
            return settings.Provider.ToLowerInvariant() switch
            {
                StorageSettings.Sqlite => sqlite(sp,
                    SqliteConnectionStrings.Resolve(settings, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)),
                StorageSettings.Postgres => postgres(sp, sp.GetRequiredService<NpgsqlDataSource>()),
                _ => throw new InvalidOperationException(
                    $"Storage:Provider '{settings.Provider}' is not supported; use 'sqlite' or 'postgres'."),
            };
        });
        return services;
    }
}
