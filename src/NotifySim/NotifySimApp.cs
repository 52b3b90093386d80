using DocumentUploads.NotifySim.Auth;
using DocumentUploads.NotifySim.Faults;
using DocumentUploads.NotifySim.Notifications;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.SimulatorKit.Faults;
using DocumentUploads.SimulatorKit.Hosting;

namespace DocumentUploads.NotifySim;

/// <summary>Creates the simulator of VA Notify's email API; tests call <see cref="Build"/> to run
/// the real app in-process.</summary>
public static class NotifySimApp
{
    public const string ApiBasePath = "/v2/notifications";

    public static WebApplication Build(string[] args) => Build(args, TimeProvider.System);

    /// <param name="time">The simulator's clock: creation times, send latency and the rate limit's windows.</param>
    public static WebApplication Build(string[] args, TimeProvider time)
    {
        var builder = SimulatorBuilder.Create(args, typeof(NotifySimApp), time);
        builder.AddServiceDefaults();

        var options = builder.Configuration.GetSection(NotifySimOptions.SectionName).Get<NotifySimOptions>() ?? new NotifySimOptions();
        options.Validate();
        var faults = builder.AddFaultInjection<NotifyFaultSettings>(NotifySimOptions.SectionName, new NotifyFaultResponses());

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<NotificationStore>();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGroup(ApiBasePath)
            .AddEndpointFilter<BearerKeyFilter>()
            .AddEndpointFilter<RateLimitFilter<NotifyFaultSettings>>()
            .AddEndpointFilter<SendFaultFilter>()
            .MapSendEmailEndpoint();
        app.MapFaultEndpoints<NotifyFaultSettings>();
        app.MapRecordedNotificationEndpoints();

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(NotifySimApp).FullName!);
        logger.LogInformation("notify-sim keeps all notifications in memory; they are lost on restart");
        logger.LogInformation("notify-sim: faults {Faults}", faults);
        return app;
    }
}
