using DocumentUploads.AppHost.Testing;
using DocumentUploads.Contracts.Features;
using DocumentUploads.TestSupport.Otlp;

namespace DocumentUploads.Stack.IntegrationTests.Telemetry;

/// <summary>The stack of <see cref="StackFixture"/>, exporting over OTLP with <paramref name="protocol"/>
/// to a local receiver, with short export intervals. Scheduled polling is off so each poll cycle a
/// test looks at is one it triggered; both providers are on, so a cycle has a batch for each.</summary>
public abstract class TelemetryStackFixture(string protocol) : StackFixture
{
    public string Protocol { get; } = protocol;

    public OtlpReceiver Receiver { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Receiver = await OtlpReceiver.StartAsync();
        await base.InitializeAsync();
    }

    protected override void Configure(DistributedApplicationTestingOptions options)
    {
        options.EnvironmentVariables["OTEL_EXPORTER_OTLP_ENDPOINT"] = Receiver.EndpointFor(Protocol).ToString();
        options.EnvironmentVariables["OTEL_EXPORTER_OTLP_PROTOCOL"] = Protocol;
        options.EnvironmentVariables["OTEL_BSP_SCHEDULE_DELAY"] = "200";
        options.EnvironmentVariables["OTEL_BLRP_SCHEDULE_DELAY"] = "200";
        options.EnvironmentVariables["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
        options.EnvironmentVariables["Polling__Enabled"] = "false";
        options.EnvironmentVariables[$"FeatureManagement__{FeatureFlagNames.MultiDocumentProvider}"] = "true";
        options.EnvironmentVariables[$"FeatureManagement__{FeatureFlagNames.ChampvaProvider}"] = "true";
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
