using System.Diagnostics.Metrics;
using DocumentUploads.ServiceAuth;
using DocumentUploads.ServiceDefaults.Hosting;
using DocumentUploads.ServiceDefaults.Resilience;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using DocumentUploads.Telemetry;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DocumentUploads.ServiceDefaults;

/// <summary>What every DocumentUploads service shares, in the shape of Aspire's ServiceDefaults:
/// OpenTelemetry, health endpoints, service discovery, resilient HttpClient defaults, and our
/// authentication. Each service calls exactly <see cref="AddServiceDefaults{TBuilder}"/> and
/// <see cref="MapDefaultEndpoints"/>.</summary>
public static class Extensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.ConfigureOpenTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);

        // With a sidecar, service calls go through Dapr service invocation (see AddServiceClient); without
        // one, app ids are resolved from the services__{appId}__http__0 addresses Aspire passes.
        var sidecar = DaprSidecar.FromConfiguration(builder.Configuration);
        if (sidecar is null) builder.Services.AddServiceDiscovery();
        builder.Services.Configure<HttpResilienceSettings>(builder.Configuration.GetSection(HttpResilienceSettings.SectionName));
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            // One pipeline per authority (an app id before discovery or Dapr rewrite it, an external API's
            // host): the handler added for all clients would otherwise share one circuit breaker, so one
            // failing provider would cut every other call of the process, the alert webhook's included.
            http.AddStandardResilienceHandler()
                .Configure((options, sp) => sp.GetRequiredService<IOptions<HttpResilienceSettings>>().Value.ApplyTo(options))
                .SelectPipelineByAuthority();
            if (sidecar is null) http.AddServiceDiscovery();
        });

        builder.AddServiceAuthentication();
        if (DaprAppTokenMiddleware.AppApiToken(builder.Configuration) is { } appApiToken)
        {
            builder.Services.AddAuthentication().AddDapr(o => o.Token = appApiToken);
        }
        builder.Services.AddHostedService<StopSignalDuringShutdownGuard>();
        builder.Services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ServiceDefaultsStartupFilter>();
        return builder;
    }

    /// <summary>Traces, metrics and logs with the OpenTelemetry hosting and instrumentation packages, plus our
    /// own sources and meters (<c>DocumentUploads.*</c>). Exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT
    /// is set; protocol, headers and intervals come from the OTEL_* settings of the service's configuration.</summary>
    private static void ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        builder.Services.AddSingleton(new ServiceTelemetry(serviceName));
        builder.Services.AddSingleton<ProviderCallMetrics>();
        builder.Services.AddSingleton<UpstreamCallMetrics>();

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(ServiceTelemetry.NamePrefix + "*")
                .AddView(SecondsHistograms))
            .WithTracing(tracing => tracing
                .AddSource(ServiceTelemetry.NamePrefix + "*")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) otel.UseOtlpExporter();
    }

    // The SDK's default buckets (0, 5, 10, 25 ... 10000) suit milliseconds; ours record seconds.
    private static readonly double[] SecondsBoundaries =
        [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 120, 300];

    private static MetricStreamConfiguration? SecondsHistograms(Instrument instrument) =>
        instrument is Histogram<double> && instrument.Unit == "s"
            && instrument.Meter.Name.StartsWith(ServiceTelemetry.NamePrefix, StringComparison.Ordinal)
            ? new ExplicitBucketHistogramConfiguration { Boundaries = SecondsBoundaries }
            : null;

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPaths.Ready).AllowAnonymous();
        app.MapHealthChecks(HealthPaths.Alive, new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") })
            .AllowAnonymous();
        return app;
    }
}
