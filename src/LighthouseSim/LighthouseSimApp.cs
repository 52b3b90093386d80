using DocumentUploads.LighthouseSim.Claims;
using DocumentUploads.LighthouseSim.Auth;
using DocumentUploads.LighthouseSim.Errors;
using DocumentUploads.LighthouseSim.Faults;
using DocumentUploads.LighthouseSim.Seeding;
using DocumentUploads.LighthouseSim.Simulation;
using DocumentUploads.LighthouseSim.Statuses;
using DocumentUploads.LighthouseSim.Uploads;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.SimulatorKit.Faults;
using DocumentUploads.SimulatorKit.Hosting;
using DocumentUploads.SimulatorKit.Uploads;

namespace DocumentUploads.LighthouseSim;

/// <summary>Creates the simulator of the Lighthouse Benefits Documents API; tests call
/// <see cref="Build"/> to run the real app in-process.</summary>
public static class LighthouseSimApp
{
    public const string DocumentsBasePath = "/services/benefits-documents/v1";

    public static WebApplication Build(string[] args) => Build(args, TimeProvider.System);

    /// <param name="time">The simulator's clock: documents move one step per step duration of it
    /// (tests stop and advance it to check each step without racing the machine).</param>
    public static WebApplication Build(string[] args, TimeProvider time)
    {
        var builder = SimulatorBuilder.Create(args, typeof(LighthouseSimApp), time);
        builder.AddServiceDefaults();

        var options = builder.Configuration.GetSection(LighthouseSimOptions.SectionName).Get<LighthouseSimOptions>()
            ?? new LighthouseSimOptions();
        options.Validate();
        if (!string.IsNullOrWhiteSpace(options.JournalPath))
        {
            options.JournalPath = Path.Combine(builder.Environment.ContentRootPath, options.JournalPath);
        }
        var faults = builder.AddFaultInjection(LighthouseSimOptions.SectionName, new LighthouseFaultResponses());

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<AccessTokenStore>();
        builder.Services.AddSingleton<ClientAssertionValidator>();
        builder.Services.AddSingleton<UploadStore>();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapTokenEndpoint();
        var documents = app.MapGroup(DocumentsBasePath)
            .AddEndpointFilter<BearerTokenFilter>()
            .AddEndpointFilter<RateLimitFilter<FaultSettings>>();
        documents.MapUploadEndpoint();
        documents.MapStatusEndpoints();
        app.MapClaimEndpoints();
        app.MapFaultEndpoints<FaultSettings>();
        app.MapRecordedUploadEndpoints<UploadStore, long, RecordedUpload>("/_sim/uploads", "long", requestId =>
            LighthouseErrors.NotFound($"No upload with request id {requestId} was recorded."));
        app.MapSeedEndpoint();

        LogStartup(app, options, faults);
        return app;
    }

    private static void LogStartup(WebApplication app, LighthouseSimOptions options, FaultSettings faults)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LighthouseSimApp).FullName!);
        logger.LogInformation("lighthouse-sim keeps all uploads in memory; they are lost on restart");
        logger.LogInformation("lighthouse-sim: client {ClientId}, step duration {StepDuration}, max file {MaxFileBytes} bytes, faults {Faults}",
            options.ClientId, options.StepDuration, options.MaxFileBytes, faults);
        if (!app.Services.GetRequiredService<ClientAssertionValidator>().ChecksSignatures)
        {
            logger.LogWarning("lighthouse-sim: {Setting} is empty, so client assertion signatures are NOT checked",
                $"{LighthouseSimOptions.SectionName}:ClientPublicKey");
        }
    }
}
