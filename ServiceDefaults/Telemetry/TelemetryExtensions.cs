using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DocumentUploads.ServiceDefaults.Telemetry;

internal static class TelemetryExtensions
{
    /// <summary>Traces, metrics and logs with the core OpenTelemetry SDK (the hosting and
    /// instrumentation packages are not available here). Exported over OTLP only when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set, with protocol and headers from the OTEL_* variables.</summary>
    public static void ConfigureTelemetry(this IHostApplicationBuilder builder)
    {
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName;
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        void Resource(ResourceBuilder r) => r.AddService(serviceName);

        builder.Services.AddSingleton(new ServiceTelemetry(serviceName));
        builder.Services.AddSingleton<ProviderCallMetrics>();
        builder.Services.AddSingleton<UpstreamCallMetrics>();

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
            var resource = ResourceBuilder.CreateDefault();
            Resource(resource);
            logging.SetResourceBuilder(resource);
            if (exportOtlp) logging.AddOtlpExporter();
        });

        builder.Services.AddSingleton(_ => OpenTelemetrySdk.Create(otel =>
        {
            // The SDK's own container would read OTEL_* from environment variables only; give it
            // the service's configuration so appsettings, command-line and in-memory values (as
            // tests set them) choose endpoint, protocol, headers and intervals the same way the
            // log exporter, which lives in the host's container, already does.
            otel.Services.AddSingleton<IConfiguration>(builder.Configuration);
            otel.ConfigureResource(Resource);
            otel.WithTracing(tracing => tracing
                .AddSource("Microsoft.AspNetCore", "System.Net.Http", ServiceTelemetry.NamePrefix + "*"));
            otel.WithMetrics(metrics => metrics
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel",
                    "System.Net.Http", ServiceTelemetry.NamePrefix + "*")
                .AddView(SecondsHistograms));
            if (exportOtlp) otel.UseOtlpExporter();
        }));
        builder.Services.AddHostedService<TelemetryActivator>();
    }

    // The SDK's default buckets (0, 5, 10, 25 ... 10000) suit milliseconds; ours record seconds.
    private static readonly double[] SecondsBoundaries =
        [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 120, 300];

    private static MetricStreamConfiguration? SecondsHistograms(Instrument instrument) =>
        instrument is Histogram<double> && instrument.Unit == "s"
            && instrument.Meter.Name.StartsWith(ServiceTelemetry.NamePrefix, StringComparison.Ordinal)
            ? new ExplicitBucketHistogramConfiguration { Boundaries = SecondsBoundaries }
            : null;
}
