using DocumentUploads.AppHost.Configuration;

namespace DocumentUploads.AppHost.Tests.Configuration;

public sealed class ForwardedSettingsTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void A_collector_named_to_the_AppHost_wins_over_the_dashboard_and_the_command_line_over_the_environment()
    {
        var forwarded = ForwardedSettings.From(["--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf"], new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4318",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc",
            ["Polling__Interval"] = "00:00:05", // inherited by the services as it is
        });

        Assert.Equal(
        [
            KeyValuePair.Create("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318"),
            KeyValuePair.Create("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
        ], forwarded.Variables);
    }

    [Fact]
    public void Command_line_settings_reach_the_services_as_the_variables_configuration_reads()
    {
        var forwarded = ForwardedSettings.From(["--Polling:Interval=00:00:05", "--FeatureManagement:champva_provider", "true", "/Logging:LogLevel:Default=Warning"], NoEnvironment);

        Assert.Equal(
        [
            KeyValuePair.Create("FeatureManagement__champva_provider", "true"),
            KeyValuePair.Create("Logging__LogLevel__Default", "Warning"),
            KeyValuePair.Create("Polling__Interval", "00:00:05"),
        ], forwarded.Variables);
    }

    [Fact]
    public void What_only_the_AppHost_or_Aspire_reads_stays_with_the_AppHost()
    {
        var forwarded = ForwardedSettings.From(
        [
            "--Ports:upload-api=6080", "--Parameters:auth-signing-key=x", "--Postgres:DataDirectory=/tmp/pg", "--DAPR_PATH=/opt/daprd",
            "--publisher", "manifest", "--output-path", "m.json", "--DcpPublisher:RandomizePorts=true", "--ASPIRE_ALLOW_UNSECURED_TRANSPORT=true",
            "--Storage:Provider=postgres",
        ], NoEnvironment);

        Assert.Equal([KeyValuePair.Create("Storage__Provider", "postgres")], forwarded.Variables);
    }
}
