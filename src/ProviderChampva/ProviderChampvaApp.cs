using DocumentUploads.ProviderChampva.Endpoints;
using DocumentUploads.ProviderChampva.Upstream;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.ServiceDefaults.Auth;
using DocumentUploads.ServiceDefaults.Resilience;
using DocumentUploads.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Options;
using Polly;

namespace DocumentUploads.ProviderChampva;

/// <summary>Creates the CHAMPVA provider service (the provider contract in front of the CHAMPVA
/// intake API); tests call <see cref="Build"/> to run the real app in-process.</summary>
public static class ProviderChampvaApp
{
    public static WebApplication Build(string[] args)
    {
        // Name the application after this assembly, not the entry assembly (a test host in tests).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ProviderChampvaApp).Assembly.GetName().Name,
        });
        builder.AddServiceDefaults();

        var settings = ChampvaSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        // One pipeline for the app's lifetime, so the circuit breaker sees every call.
        builder.Services.AddKeyedSingleton(AppIds.ChampvaSim, (sp, _) => HttpResiliencePipelines.Create(AppIds.ChampvaSim,
            sp.GetRequiredService<IOptions<HttpResilienceSettings>>().Value, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("DocumentUploads.Resilience")));
        builder.Services.AddHttpClient<ChampvaClient>(client =>
            {
                client.BaseAddress = settings.BaseAddress;
                client.DefaultRequestHeaders.Add(ChampvaClient.ApiKeyHeader, settings.ApiKey);
                // The resilience pipeline owns the time-outs.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler(sp => new UpstreamCallMetricsHandler(ChampvaClient.Upstream, sp.GetRequiredService<UpstreamCallMetrics>()))
            .AddHttpMessageHandler(sp => new ResilienceHandler(
                sp.GetRequiredKeyedService<ResiliencePipeline<HttpResponseMessage>>(AppIds.ChampvaSim)));

        var app = builder.Build();
        app.MapDefaultEndpoints();
        var provider = app.MapGroup("").RequireAuthorization(AuthPolicies.Service);
        provider.MapUploadEndpoint();
        provider.MapStatusesEndpoint();
        provider.MapDescribeEndpoint();
        provider.MapOwnershipEndpoint();

        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProviderChampvaApp).FullName!)
            .LogInformation("provider-champva forwards to the CHAMPVA intake API at {BaseAddress}", settings.BaseAddress);
        return app;
    }
}
