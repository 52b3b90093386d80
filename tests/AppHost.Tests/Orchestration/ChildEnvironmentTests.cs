using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Orchestration;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost.Tests.Orchestration;

public sealed class ChildEnvironmentTests
{
    private static IReadOnlyDictionary<string, string> EnvironmentOf(string service,
        Dictionary<string, string>? hostEnvironment = null, Dictionary<string, string>? extra = null,
        Action<DistributedApplicationBuilder>? adjust = null, string environmentName = "Development")
    {
        var builder = Repository.ComposedBuilder();
        adjust?.Invoke(builder);
        var host = new Dictionary<string, string>(hostEnvironment ?? []);
        foreach (var (name, value) in extra ?? []) host[name] = value;
        var launches = LaunchPlanner.Plan(builder.Projects, TestLaunchContexts.For(builder, hostEnvironment: host, extra: extra, environmentName: environmentName));
        return launches.Single(l => l.Resource.Name == service).Process.Environment;
    }

    [Fact]
    public void References_become_service_discovery_variables()
    {
        var environment = EnvironmentOf(AppIds.UploadApi);

        Assert.Equal("http://127.0.0.1:5090", environment["services__document-workflow__http__0"]);
        Assert.Equal("http://127.0.0.1:5101", environment["services__provider-lighthouse__http__0"]);
        Assert.Equal("http://127.0.0.1:5102", environment["services__provider-champva__http__0"]);
        Assert.DoesNotContain(environment.Keys, k => k == "services__lighthouse-sim__http__0");
        Assert.DoesNotContain(EnvironmentOf(AppIds.LighthouseSim).Keys, k => k.StartsWith("services__", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_child_listens_on_its_own_loopback_port_in_the_apphost_environment()
    {
        var environment = EnvironmentOf(AppIds.ProviderChampva, environmentName: "Staging");

        Assert.Equal("http://127.0.0.1:5102", environment["ASPNETCORE_URLS"]);
        Assert.Equal("http://127.0.0.1:5102", environment["Urls"]); // outranks the service's appsettings.json
        Assert.Equal("Staging", environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("Staging", environment["DOTNET_ENVIRONMENT"]);
        Assert.Equal(TestLaunchContexts.AppHostPid.ToString(), environment["DOCUMENTUPLOADS_APPHOST_PID"]);
    }

    [Fact]
    public void OpenTelemetry_settings_pass_through_and_name_the_service()
    {
        var environment = EnvironmentOf(AppIds.DocumentWorkflow, new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc",
            ["OTEL_EXPORTER_OTLP_HEADERS"] = "x-otlp-api-key=abc",
            ["OTEL_RESOURCE_ATTRIBUTES"] = "deployment.environment=dev",
        });

        Assert.Equal("http://127.0.0.1:4317", environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("grpc", environment["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        Assert.Equal("x-otlp-api-key=abc", environment["OTEL_EXPORTER_OTLP_HEADERS"]);
        Assert.Equal(AppIds.DocumentWorkflow, environment["OTEL_SERVICE_NAME"]);
        Assert.Matches("^service\\.instance\\.id=instance-\\d+,deployment\\.environment=dev$", environment["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.Equal("in_memory", environment["OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"]);
    }

    [Fact]
    public void Every_process_gets_its_own_service_instance_id()
    {
        var builder = Repository.ComposedBuilder();
        var ids = LaunchPlanner.Plan(builder.Projects, TestLaunchContexts.For(builder))
            .Select(l => l.Process.Environment["OTEL_RESOURCE_ATTRIBUTES"]).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Secrets_the_apphost_environment_already_sets_are_inherited_not_replaced()
    {
        var environment = EnvironmentOf(AppIds.ProviderLighthouse, new Dictionary<string, string>
        {
            ["Auth__SigningKey"] = "developer-chosen-key",
            ["Lighthouse__ClientAssertionKey"] = "developer-pem",
        });

        Assert.False(environment.ContainsKey("Auth__SigningKey"));
        Assert.False(environment.ContainsKey("Lighthouse__ClientAssertionKey"));
        Assert.Equal("generated-service-key", environment["ServiceAuth__SigningKey"]);
    }

    [Fact]
    public void Extra_variables_reach_every_child_and_count_as_the_apphost_environment()
    {
        var extra = new Dictionary<string, string> { ["Polling__Interval"] = "00:00:05", ["Auth__SigningKey"] = "test-key" };

        foreach (var service in new[] { AppIds.UploadApi, AppIds.DocumentWorkflow, AppIds.ChampvaSim })
        {
            var environment = EnvironmentOf(service, extra: extra);
            Assert.Equal("00:00:05", environment["Polling__Interval"]);
            Assert.Equal("test-key", environment["Auth__SigningKey"]);
        }
    }

    [Fact]
    public void A_resource_own_environment_wins()
    {
        var environment = EnvironmentOf(AppIds.UploadApi, extra: new Dictionary<string, string> { ["Feature__X"] = "from-test" },
            adjust: b => b.Projects.Single(p => p.Name == AppIds.UploadApi).Environment["Feature__X"] = "from-composition");

        Assert.Equal("from-composition", environment["Feature__X"]);
    }
}
