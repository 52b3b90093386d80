using DocumentUploads.Alerting;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage;

namespace DocumentUploads.DocumentWorkflow.Alerts;

public static class AlertsRegistration
{
    /// <summary>The alert monitors: settings (checked at start), stores in the service's database, the evaluator
    /// (after every poll cycle and on its own timer) and the webhook sender.</summary>
    public static IServiceCollection AddAlertMonitors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MonitoringSettings>().Bind(configuration.GetSection(MonitoringSettings.SectionName))
            .Validate(s => !s.Validate().Any(), "Monitoring settings are invalid (see Monitoring:* configuration).")
            .ValidateOnStart();
        services.AddSqlDialect();
        services.AddSingleton<AlertStore>();
        services.AddSingleton<IAlertStore>(sp => sp.GetRequiredService<AlertStore>());
        services.AddSingleton<IAlertReader>(sp => sp.GetRequiredService<AlertStore>());
        services.AddSingleton<IAlertResponseStore>(sp => sp.GetRequiredService<AlertStore>());
        services.AddSingleton<IMonitorFactsReader, MonitorFactsReader>();
        services.AddSingleton<AlertEvaluator>();
        services.AddSingleton<IPollCycleObserver>(sp => sp.GetRequiredService<AlertEvaluator>());
        services.AddHostedService(sp => sp.GetRequiredService<AlertEvaluator>());
        services.AddAlertWebhook(configuration);
        services.AddSingleton<IPollCycleObserver, PollHeartbeat>();
        services.AddHttpClient(PollHeartbeat.ClientName).RemoveAllLoggers();
        return services;
    }
}
