using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.TestSupport.Otlp;

/// <summary>A local OTLP collector for tests: http/protobuf (<c>POST /v1/traces</c>, <c>/v1/metrics</c>,
/// <c>/v1/logs</c>) on <see cref="HttpEndpoint"/> and gRPC (HTTP/2 cleartext, prior knowledge) on
/// <see cref="GrpcEndpoint"/>, both on 127.0.0.1 free ports. Everything received is decoded and kept.</summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    public const string GrpcProtocol = "grpc";
    public const string HttpProtobufProtocol = "http/protobuf";

    private static readonly Dictionary<string, string> GrpcSignals = new(StringComparer.Ordinal)
    {
        ["/opentelemetry.proto.collector.trace.v1.TraceService/Export"] = "traces",
        ["/opentelemetry.proto.collector.metrics.v1.MetricsService/Export"] = "metrics",
        ["/opentelemetry.proto.collector.logs.v1.LogsService/Export"] = "logs",
    };

    private readonly List<WebApplication> _apps = [];

    private OtlpReceiver()
    {
    }

    public Uri HttpEndpoint { get; private set; } = null!;
    public Uri GrpcEndpoint { get; private set; } = null!;

    public ConcurrentQueue<ReceivedSpan> Spans { get; } = new();
    public ConcurrentQueue<ReceivedMetric> Metrics { get; } = new();
    public ConcurrentQueue<(string Service, int Records)> Logs { get; } = new();
    public ConcurrentQueue<OtlpExport> Exports { get; } = new();

    /// <summary>Requests that could not be decoded (with the reason), so a test can say why nothing arrived.</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>The endpoint to put in OTEL_EXPORTER_OTLP_ENDPOINT for the given OTEL_EXPORTER_OTLP_PROTOCOL.</summary>
    public Uri EndpointFor(string protocol) => protocol == GrpcProtocol ? GrpcEndpoint : HttpEndpoint;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var receiver = new OtlpReceiver();
        try
        {
            receiver.HttpEndpoint = await receiver.StartAppAsync(HttpProtocols.Http1, app =>
            {
                app.MapPost("/v1/traces", c => receiver.HandleHttpAsync(c, "traces"));
                app.MapPost("/v1/metrics", c => receiver.HandleHttpAsync(c, "metrics"));
                app.MapPost("/v1/logs", c => receiver.HandleHttpAsync(c, "logs"));
            });
            receiver.GrpcEndpoint = await receiver.StartAppAsync(HttpProtocols.Http2, app => app.Run(receiver.HandleGrpcAsync));
            return receiver;
        }
        catch
        {
            await receiver.DisposeAsync();
            throw;
        }
    }

    private async Task<Uri> StartAppAsync(HttpProtocols protocols, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = protocols);
            k.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        var app = builder.Build();
        _apps.Add(app);
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'));
    }

    private async Task HandleHttpAsync(HttpContext context, string signal)
    {
        var body = await ReadBodyAsync(context.Request);
        if (context.Request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            body = Gunzip(body);
        }
        Receive(HttpProtobufProtocol, signal, body);
        // An empty Export*ServiceResponse: zero bytes on the wire.
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/x-protobuf";
    }

    private async Task HandleGrpcAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !GrpcSignals.TryGetValue(context.Request.Path.Value ?? "", out var signal))
        {
            context.Response.StatusCode = 404;
            return;
        }
        var body = await ReadBodyAsync(context.Request);
        // gRPC framing: a 1-byte compressed flag and a 4-byte big-endian length before each message.
        var offset = 0;
        while (offset + 5 <= body.Length)
        {
            var compressed = body[offset] != 0;
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(offset + 1, 4));
            var message = body.AsSpan(offset + 5, length).ToArray();
            offset += 5 + length;
            Receive(GrpcProtocol, signal, compressed ? Gunzip(message) : message);
        }
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/grpc";
        await context.Response.Body.WriteAsync(new byte[5]); // one empty, uncompressed response message
        context.Response.AppendTrailer("grpc-status", "0");
    }

    private void Receive(string protocol, string signal, byte[] message)
    {
        try
        {
            IReadOnlyList<string> services;
            switch (signal)
            {
                case "traces":
                    var spans = OtlpDecoder.DecodeTraces(message);
                    foreach (var span in spans) Spans.Enqueue(span);
                    services = spans.Select(s => s.Service).Distinct().ToList();
                    break;
                case "metrics":
                    var metrics = OtlpDecoder.DecodeMetrics(message);
                    foreach (var metric in metrics) Metrics.Enqueue(metric);
                    services = metrics.Select(m => m.Service).Distinct().ToList();
                    break;
                default:
                    var logs = OtlpDecoder.DecodeLogs(message);
                    foreach (var log in logs) Logs.Enqueue(log);
                    services = logs.Select(l => l.Service).Distinct().ToList();
                    break;
            }
            Exports.Enqueue(new OtlpExport(protocol, signal, services));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException)
        {
            Errors.Enqueue($"{protocol} {signal}: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static byte[] Gunzip(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The spans of one trace, in arrival order.</summary>
    public IReadOnlyList<ReceivedSpan> Trace(string traceId) => Spans.Where(s => s.TraceId == traceId).ToList();

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
