using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.Alerting;

public static class AlertWebhookRegistration
{
    /// <summary>The <c>Alerts</c> settings (checked at start), the queue and the sender that delivers what is
    /// enqueued to <c>Alerts:WebhookUrl</c>: one webhook, one message shape, whichever service raises the alert.</summary>
    public static IServiceCollection AddAlertWebhook(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertSettings>().Bind(configuration.GetSection(AlertSettings.SectionName))
            .Validate(s => !s.Validate().Any(), "Alerts settings are invalid (see Alerts:* configuration).")
            .ValidateOnStart();
        services.AddSingleton<AlertWebhookQueue>();
        // No request logging on this client: the URL's query string may carry a secret.
        services.AddHttpClient(AlertWebhookSender.ClientName).RemoveAllLoggers();
        services.AddHostedService<AlertWebhookSender>();
        return services;
    }
}
