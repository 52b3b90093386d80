using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Monitoring;

public static class MonitoringRegistration
{
    public static IServiceCollection AddDocumentMonitoring(this IServiceCollection services)
    {
        services.AddSqlDialect();
        services.AddSingleton<IDocumentStatistics, DocumentStatistics>();
        services.AddSingleton<DocumentGauges>();
        services.AddHostedService(sp => sp.GetRequiredService<DocumentGauges>());
        return services;
    }
}
