using DocumentUploads.Alerting;

namespace DocumentUploads.UploadApi.Monitoring;

public static class MonitoringRegistration
{
    /// <summary>The <c>workflow_unreachable</c> monitor and the webhook it shares with document-workflow's alerts.</summary>
    public static IServiceCollection AddWorkflowUnreachableAlert(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UploadMonitoringSettings>().Bind(configuration.GetSection(UploadMonitoringSettings.SectionName))
            .Validate(s => !s.Validate().Any(), "Monitoring settings are invalid (see Monitoring:* configuration).")
            .ValidateOnStart();
        services.AddAlertWebhook(configuration);
        services.AddSingleton<WorkflowUnreachableMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkflowUnreachableMonitor>());
        return services;
    }
}
