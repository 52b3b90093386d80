namespace DocumentUploads.Stack.IntegrationTests.Telemetry;

/// <summary>The telemetry checks with every service exporting over OTLP/gRPC.</summary>
public sealed class GrpcTelemetryExportTests(GrpcTelemetryStackFixture stack)
    : TelemetryExportTests<GrpcTelemetryStackFixture>(stack);
