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
        services.AddDatabaseStore<IDocumentStore>(
            (sp, connectionString) => new SqliteDocumentStore(connectionString, sp.GetRequiredService<ILogger<SqliteDocumentStore>>()),
            (sp, dataSource) => new PostgresDocumentStore(dataSource, sp.GetRequiredService<ILogger<PostgresDocumentStore>>()));
        services.AddHostedService<StoreInitializer>();
        return services;
    }
}
