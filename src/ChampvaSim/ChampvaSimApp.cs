using DocumentUploads.ChampvaSim.Auth;
using DocumentUploads.ChampvaSim.Claims;
using DocumentUploads.ChampvaSim.Faults;
using DocumentUploads.ChampvaSim.Intake;
using DocumentUploads.ChampvaSim.Simulation;
using DocumentUploads.ChampvaSim.Statuses;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.ChampvaSim;

/// <summary>Creates the simulator of the CHAMPVA document intake API; tests call
/// <see cref="Build"/> to run the real app in-process.</summary>
public static class ChampvaSimApp
{
    public const string ApiBasePath = "/api/champva/v1";

    public static WebApplication Build(string[] args)
    {
        // Name the application after this assembly, not the entry assembly (a test host in tests).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ChampvaSimApp).Assembly.GetName().Name,
        });
        builder.AddServiceDefaults();

        var section = builder.Configuration.GetSection(ChampvaSimOptions.SectionName);
        var options = section.Get<ChampvaSimOptions>() ?? new ChampvaSimOptions();
        options.Validate();
        var faultsSection = section.GetSection("Faults");
        var faults = faultsSection.Get<FaultSettings>() ?? new FaultSettings();
        if (faults.Problem() is { } problem) throw new InvalidOperationException($"{ChampvaSimOptions.SectionName}:Faults: {problem}");
        var seed = faultsSection.GetValue<int?>("Seed");

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(seed is { } s ? new Random(s) : new Random());
        builder.Services.AddSingleton<RequestRateLimiter>();
        builder.Services.AddSingleton(sp => new FaultInjector(faults, sp.GetRequiredService<Random>(),
            sp.GetRequiredService<RequestRateLimiter>()));
        builder.Services.AddSingleton<IntakeStore>();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        var api = app.MapGroup(ApiBasePath).AddEndpointFilter<ApiKeyFilter>();
        var limited = api.MapGroup("").AddEndpointFilter<RateLimitFilter>();
        limited.MapIntakeEndpoint();
        limited.MapStatusBatchEndpoint();
        api.MapClaimEndpoint();
        app.MapFaultEndpoints();
        app.MapSimIntakeEndpoints();

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ChampvaSimApp).FullName!);
        logger.LogInformation("champva-sim keeps all intakes in memory; they are lost on restart");
        logger.LogInformation("champva-sim: step duration {StepDuration}, max file {MaxFileBytes} bytes, faults {Faults}",
            options.StepDuration, options.MaxFileBytes, faults);
        return app;
    }
}
