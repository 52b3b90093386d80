using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Monitoring;

public static class MonitoringRegistration
{
    public static IServiceCollection AddDocumentMonitoring(this IServiceCollection services)
    {
        services.AddSingleton<IDocumentStatistics>(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<StorageSettings>>().Value;
            return settings.Provider.ToLowerInvariant() switch
            {
                StorageSettings.Postgres => new PostgresDocumentStatistics(sp.GetRequiredService<NpgsqlDataSource>()),
                _ => new SqliteDocumentStatistics(
                    SqliteConnectionStrings.Resolve(settings, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)),
            };
        });
        services.AddSingleton<DocumentGauges>();
        services.AddHostedService(sp => sp.GetRequiredService<DocumentGauges>());
        return services;
    }
}
