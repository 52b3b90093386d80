using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Storage;

public static class StorageExtensions
{
    public static IServiceCollection AddDocumentStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageSettings>(configuration.GetSection(StorageSettings.SectionName));
        // One data source per process: it owns the connection pool. Only built when postgres is chosen.
        services.AddSingleton(sp => PostgresDataSources.Create(
            sp.GetRequiredService<IOptions<StorageSettings>>().Value, configuration, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSqlDialect();
        services.AddSingleton<IDocumentStore, DocumentStore>();
        services.AddHostedService<StoreInitializer>();
        return services;
    }

    /// <summary>The dialect of the database <c>Storage:Provider</c> names; every store of this service is written
    /// once over it, so they all live in the same database (the document store owns the schema). An unknown provider
    /// fails at resolution with the same message for every store.</summary>
    public static IServiceCollection AddSqlDialect(this IServiceCollection services)
    {
        services.TryAddSingleton<SqlDialect>(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<StorageSettings>>().Value;
            return settings.Provider.ToLowerInvariant() switch
            {
                StorageSettings.Sqlite => new SqliteDialect(
                    SqliteConnectionStrings.Resolve(settings, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)),
                StorageSettings.Postgres => new PostgresDialect(sp.GetRequiredService<Npgsql.NpgsqlDataSource>()),
                _ => throw new InvalidOperationException(
                    $"Storage:Provider '{settings.Provider}' is not supported; use 'sqlite' or 'postgres'."),
            };
        });
        return services;
    }
}
