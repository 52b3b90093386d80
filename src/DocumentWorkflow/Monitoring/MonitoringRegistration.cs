using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Monitoring;

public static class MonitoringRegistration
{
    public static IServiceCollection AddDocumentMonitoring(this IServiceCollection services)
    {
        services.AddDatabaseStore<IDocumentStatistics>(
            (_, connectionString) => new SqliteDocumentStatistics(connectionString),
            (_, dataSource) => new PostgresDocumentStatistics(dataSource));
        services.AddSingleton<DocumentGauges>();
        services.AddHostedService(sp => sp.GetRequiredService<DocumentGauges>());
        return services;
    }
}
