using DocumentUploads.TestSupport.Otlp;

namespace DocumentUploads.Stack.IntegrationTests.Telemetry;

public sealed class GrpcTelemetryStackFixture() : TelemetryStackFixture(OtlpReceiver.GrpcProtocol);
