using DocumentUploads.DocumentWorkflow.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Notices;

public static class NoticesRegistration
{
    /// <summary>The failure-notice outbox (in the service's database), its sender and the VA Notify client. Settings
    /// from <c>Notifications</c> (checked at start) and <c>VaNotify</c>.</summary>
    public static IServiceCollection AddFailureNotices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationSettings>().Bind(configuration.GetSection(NotificationSettings.SectionName))
            .Validate(s => !s.Validate().Any(), "Notifications settings are invalid (see Notifications:* configuration).")
            .ValidateOnStart();
        var vaNotify = configuration.GetSection(VaNotifySettings.SectionName).Get<VaNotifySettings>() ?? new VaNotifySettings();
        vaNotify.BaseAddress = vaNotify.ResolveBaseAddress(configuration);
        services.AddSingleton(vaNotify);
        services.AddSqlDialect();
        services.TryAddSingleton<INoticeStore, NoticeStore>();
        services.AddSingleton<FailureNoticeFlag>();
        // One attempt per send: the outbox retries, with its own backoff and attempt count.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers: the documented way to opt one client out of the defaults
        services.AddHttpClient<VaNotifyClient>((sp, http) =>
            {
                http.BaseAddress = vaNotify.BaseAddress is { } address
                    ? new Uri(address.ToString().TrimEnd('/') + "/")
                    : null;
                http.Timeout = sp.GetRequiredService<IOptions<NotificationSettings>>().Value.SendTimeout;
            })
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        services.AddHostedService<FailureNoticeSender>();
        return services;
    }
}
