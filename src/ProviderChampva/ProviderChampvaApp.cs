using DocumentUploads.Contracts.Providers;
using DocumentUploads.ProviderChampva.Endpoints;
using DocumentUploads.ProviderChampva.Upstream;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.ServiceAuth;
using DocumentUploads.Telemetry;

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
        builder.Services.AddMemoryCache().AddSingleton<UploadOwnershipCheck>();
        builder.Services.AddHttpClient<ChampvaClient>(client =>
            {
                client.BaseAddress = settings.BaseAddress;
                client.DefaultRequestHeaders.Add(ChampvaClient.ApiKeyHeader, settings.ApiKey);
                // The standard resilience handler owns the time-outs.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddUpstreamCallMetrics(ChampvaClient.Upstream);

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
