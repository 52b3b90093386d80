using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Storage;

public static class StorageExtensions
{
    public static IServiceCollection AddDocumentStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageSettings>(configuration.GetSection(StorageSettings.SectionName));
        // One data source per process: it owns the connection pool. Only built when postgres is chosen.
        services.AddSingleton(sp => PostgresDataSources.Create(
            sp.GetRequiredService<IOptions<StorageSettings>>().Value, configuration, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<IDocumentStore>(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<StorageSettings>>().Value;
            var environment = sp.GetRequiredService<IHostEnvironment>();
            return settings.Provider.ToLowerInvariant() switch
            {
                StorageSettings.Sqlite => new SqliteDocumentStore(
                    settings.ConnectionString ?? SqliteConnectionStrings.ForDataDirectory(
                        Path.GetFullPath(settings.DataDirectory, environment.ContentRootPath)),
                    sp.GetRequiredService<ILogger<SqliteDocumentStore>>()),
                StorageSettings.Postgres => new PostgresDocumentStore(
                    sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<ILogger<PostgresDocumentStore>>()),
                _ => throw new InvalidOperationException(
                    $"Storage:Provider '{settings.Provider}' is not supported; use 'sqlite' or 'postgres'."),
            };
        });
        services.AddHostedService<StoreInitializer>();
        return services;
    }
}
