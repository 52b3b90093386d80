using DocumentUploads.Telemetry;
using DocumentUploads.TestSupport;
using DocumentUploads.TestSupport.Otlp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.ServiceDefaults.Tests.Telemetry;

/// <summary>The shared telemetry setup exports traces, metrics and logs over either OTLP protocol,
/// configured from the service's configuration (here in memory, not environment variables).</summary>
public sealed class OtlpExportTests
{
    [Theory]
    [InlineData(OtlpReceiver.GrpcProtocol)]
    [InlineData(OtlpReceiver.HttpProtobufProtocol)]
    public async Task A_service_exports_its_spans_metrics_and_logs_over_the_configured_protocol(string protocol)
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var service = await LoopbackServer.StartAsync(
            app => app.MapGet("/work", (ServiceTelemetry telemetry, ILoggerFactory logs) =>
            {
                using var span = telemetry.ActivitySource.StartActivity("unit-of-work");
                telemetry.Meter.CreateCounter<long>("documentuploads.test.work", "{unit}").Add(1);
                logs.CreateLogger("work").LogInformation("did the work");
                return "done";
            }),
            configure: b =>
            {
                b.Configuration.AddInMemoryCollection(TestHosts.Settings(new()
                {
                    ["OTEL_SERVICE_NAME"] = "exporting-service",
                    ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.EndpointFor(protocol).ToString(),
                    ["OTEL_EXPORTER_OTLP_PROTOCOL"] = protocol,
                    ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
                    ["OTEL_BLRP_SCHEDULE_DELAY"] = "100",
                    ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
                }));
                b.AddServiceDefaults();
            });
        using var http = new HttpClient { BaseAddress = service.BaseAddress };

        Assert.Equal("done", await http.GetStringAsync("work"));

        // Listeners are process-wide: other tests' servers may show up too, so follow the parent link.
        var spans = await Eventually.PollAsync(() => Task.FromResult(receiver.Spans.ToList()),
            s => s.FirstOrDefault(x => x.Name == "unit-of-work") is { } w && s.Any(x => x.SpanId == w.ParentSpanId));
        var work = Assert.Single(spans, s => s.Name == "unit-of-work");
        var server = Assert.Single(spans, s => s.SpanId == work.ParentSpanId);
        Assert.Equal("Microsoft.AspNetCore", server.Scope);
        Assert.Equal("exporting-service", work.Service);
        Assert.Equal(server.TraceId, work.TraceId);
        Assert.Equal("/work", server.Attributes["url.path"]);

        var metrics = await Eventually.PollAsync(() => Task.FromResult(receiver.Metrics.ToList()),
            m => m.Any(x => x.Name == "documentuploads.test.work"));
        Assert.Equal("{unit}", metrics.First(m => m.Name == "documentuploads.test.work").Unit);
        var logs = await Eventually.PollAsync(() => Task.FromResult(receiver.Logs.ToList()), l => l.Sum(x => x.Records) > 0);
        Assert.Contains(logs, l => l.Service == "exporting-service" && l.Records > 0);

        Assert.Empty(receiver.Errors);
        Assert.All(receiver.Exports, e => Assert.Equal(protocol, e.Protocol));
        Assert.Equal(["logs", "metrics", "traces"], receiver.Exports.Select(e => e.Signal).Distinct().Order());
    }
}
