namespace DocumentUploads.Stack.IntegrationTests.Telemetry;

/// <summary>The telemetry checks with every service exporting over OTLP http/protobuf.</summary>
public sealed class HttpProtobufTelemetryExportTests(HttpProtobufTelemetryStackFixture stack)
    : TelemetryExportTests<HttpProtobufTelemetryStackFixture>(stack);
