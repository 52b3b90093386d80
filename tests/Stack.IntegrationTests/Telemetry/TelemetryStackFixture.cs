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

    protected override void Configure(IDictionary<string, string> settings)
    {
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = Receiver.EndpointFor(Protocol).ToString();
        settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = Protocol;
        settings["OTEL_BSP_SCHEDULE_DELAY"] = "200";
        settings["OTEL_BLRP_SCHEDULE_DELAY"] = "200";
        settings["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
        settings["Polling__Enabled"] = "false";
        settings[$"FeatureManagement__{FeatureFlagNames.MultiDocumentProvider}"] = "true";
        settings[$"FeatureManagement__{FeatureFlagNames.ChampvaProvider}"] = "true";
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
