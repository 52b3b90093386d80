using DocumentUploads.TestSupport.Otlp;

namespace DocumentUploads.Stack.IntegrationTests.Telemetry;

public sealed class HttpProtobufTelemetryStackFixture() : TelemetryStackFixture(OtlpReceiver.HttpProtobufProtocol);
