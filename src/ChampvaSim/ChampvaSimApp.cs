using DocumentUploads.ChampvaSim.Auth;
using DocumentUploads.ChampvaSim.Claims;
using DocumentUploads.ChampvaSim.Errors;
using DocumentUploads.ChampvaSim.Faults;
using DocumentUploads.ChampvaSim.Intake;
using DocumentUploads.ChampvaSim.Simulation;
using DocumentUploads.ChampvaSim.Statuses;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.SimulatorKit.Faults;
using DocumentUploads.SimulatorKit.Hosting;
using DocumentUploads.SimulatorKit.Uploads;

namespace DocumentUploads.ChampvaSim;

/// <summary>Creates the simulator of the CHAMPVA document intake API; tests call
/// <see cref="Build"/> to run the real app in-process.</summary>
public static class ChampvaSimApp
{
    public const string ApiBasePath = "/api/champva/v1";

    public static WebApplication Build(string[] args) => Build(args, TimeProvider.System);

    /// <param name="time">The simulator's clock: documents move one step per step duration of it
    /// (tests stop and advance it to check each step without racing the machine).</param>
    public static WebApplication Build(string[] args, TimeProvider time)
    {
        var builder = SimulatorBuilder.Create(args, typeof(ChampvaSimApp), time);
        builder.AddServiceDefaults();

        var options = builder.Configuration.GetSection(ChampvaSimOptions.SectionName).Get<ChampvaSimOptions>() ?? new ChampvaSimOptions();
        options.Validate();
        if (!string.IsNullOrWhiteSpace(options.JournalPath))
        {
            options.JournalPath = Path.Combine(builder.Environment.ContentRootPath, options.JournalPath);
        }
        var faults = builder.AddFaultInjection(ChampvaSimOptions.SectionName, new ChampvaFaultResponses());

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<IntakeStore>();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        var api = app.MapGroup(ApiBasePath).AddEndpointFilter<ApiKeyFilter>();
        var limited = api.MapGroup("").AddEndpointFilter<RateLimitFilter<FaultSettings>>();
        limited.MapIntakeEndpoint();
        limited.MapStatusBatchEndpoint();
        api.MapClaimEndpoint();
        app.MapFaultEndpoints<FaultSettings>();
        app.MapRecordedUploadEndpoints<IntakeStore, Guid, RecordedIntake>("/_sim/intakes", "guid", intakeId =>
            ChampvaErrors.Create(StatusCodes.Status404NotFound, ChampvaErrors.NotFound, $"No intake {intakeId} was recorded."));

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ChampvaSimApp).FullName!);
        logger.LogInformation("champva-sim keeps all intakes in memory; they are lost on restart");
        logger.LogInformation("champva-sim: step duration {StepDuration}, max file {MaxFileBytes} bytes, faults {Faults}",
            options.StepDuration, options.MaxFileBytes, faults);
        return app;
    }
}
