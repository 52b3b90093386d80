using DocumentUploads.AppHost.Dapr;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost.Tests.Dapr;

public sealed class DaprComponentFileParserTests
{
    private static DaprComponentFile Named(string name) =>
        DaprComponentFileParser.ParseDirectory(Repository.ComponentsFolder).Single(f => f.Name == name);

    [Fact]
    public void Every_file_in_components_parses()
    {
        var yamlFiles = Directory.EnumerateFiles(Repository.ComponentsFolder, "*.yaml").ToList();
        var parsed = DaprComponentFileParser.ParseDirectory(Repository.ComponentsFolder);

        Assert.Equal(yamlFiles.Count, parsed.Count);
        Assert.All(parsed, f => Assert.Contains(f.Kind, new[] { "Component", "Resiliency", "Configuration" }));
    }

    [Fact]
    public void Statestore_is_postgresql_v1_for_the_workflow_with_no_committed_secret()
    {
        var statestore = Named("statestore");

        Assert.Equal("state.postgresql", statestore.Type);
        Assert.Equal("v1", statestore.Version);
        Assert.Equal([AppIds.DocumentWorkflow], statestore.Scopes);
        Assert.Equal("false", statestore.FindMetadata("actorStateStore")?.Value);
        Assert.Contains(statestore.FindMetadata("keyPrefix")?.Value, new[] { "none", "appid" });

        var connection = statestore.FindMetadata("connectionString");
        Assert.NotNull(connection);
        Assert.Null(connection.Value);
        Assert.NotNull(connection.SecretKeyRef);
    }

    [Fact]
    public void Statestore_secret_comes_from_a_secret_store_the_workflow_sidecar_also_loads()
    {
        var files = DaprComponentFileParser.ParseDirectory(Repository.ComponentsFolder);
        var store = files.Single(f => f.Name == Named("statestore").SecretStore);
        Assert.StartsWith("secretstores.", store.Type);
        Assert.True(store.AppliesTo(AppIds.DocumentWorkflow));
    }

    [Fact]
    public void Cron_binding_ticks_the_workflow_every_hour()
    {
        var poll = Named("document-status-poll");

        Assert.Equal("bindings.cron", poll.Type);
        Assert.Equal("bindings", poll.BuildingBlock);
        Assert.Equal("@every 1h", poll.FindMetadata("schedule")?.Value);
        Assert.Equal("input", poll.FindMetadata("direction")?.Value);
        Assert.Equal([AppIds.DocumentWorkflow], poll.Scopes);
    }

    [Fact]
    public void Resiliency_guards_both_providers_without_a_retry_that_could_resend_an_upload_and_retries_the_cron_tick()
    {
        var resiliency = DaprComponentFileParser.ParseDirectory(Repository.ComponentsFolder).Single(f => f.Kind == "Resiliency");

        foreach (var provider in new[] { AppIds.ProviderLighthouse, AppIds.ProviderChampva })
        {
            var target = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(resiliency.FindInSpec("targets", "apps", provider));
            // Dapr applies an app target to every invocation, uploads included: no retry there.
            Assert.False(target.ContainsKey("retry"));
            Assert.NotNull(resiliency.FindInSpec("policies", "timeouts", Assert.IsType<string>(target["timeout"])));
            Assert.NotNull(resiliency.FindInSpec("policies", "circuitBreakers", Assert.IsType<string>(target["circuitBreaker"])));
        }

        var inboundRetry = Assert.IsType<string>(resiliency.FindInSpec("targets", "components", "document-status-poll", "inbound", "retry"));
        Assert.NotNull(resiliency.FindInSpec("policies", "retries", inboundRetry));
    }

    [Fact]
    public void Tracing_samples_everything_to_an_otel_endpoint()
    {
        var tracing = Named("tracing");

        Assert.Equal("Configuration", tracing.Kind);
        Assert.Equal("1", tracing.FindInSpec("tracing", "samplingRate"));
        Assert.False(string.IsNullOrWhiteSpace(tracing.FindInSpec("tracing", "otel", "endpointAddress") as string));
        Assert.Equal("false", tracing.FindInSpec("tracing", "otel", "isSecure"));
        Assert.Equal("grpc", tracing.FindInSpec("tracing", "otel", "protocol"));
    }

    [Fact]
    public void Resources_folder_separates_components_from_policies()
    {
        var resources = DaprResources.Load(Repository.ComponentsFolder);

        Assert.Equal(Path.Combine(Repository.ComponentsFolder, "tracing.yaml"), resources.ConfigurationFile);
        Assert.All(resources.Components, c => Assert.Equal("Component", c.Kind));
        Assert.Contains("statestore", resources.ComponentNamesFor(AppIds.DocumentWorkflow));
        Assert.Empty(resources.ComponentNamesFor(AppIds.ProviderChampva));
    }

    [Theory]
    [InlineData("apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: broken\nspec:\n  type: [unclosed\n", "invalid YAML at line")]
    [InlineData("apiVersion: dapr.io/v1alpha1\nmetadata:\n  name: nokind\n", "missing 'kind'")]
    [InlineData("apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: notype\nspec:\n  version: v1\n", "missing 'spec.type'")]
    [InlineData("apiVersion: v1\nkind: Secret\nmetadata:\n  name: k8s\n", "not a dapr.io API version")]
    [InlineData("apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: x\nspec:\n  type: state.redis\n  version: v1\n  metadata:\n    - name: redisHost\n", "neither a value nor a secretKeyRef")]
    [InlineData("- just\n- a list\n", "not a YAML mapping")]
    public void A_malformed_file_fails_naming_the_file(string yaml, string problem)
    {
        var folder = Directory.CreateTempSubdirectory("dapr-components-");
        try
        {
            var file = Path.Combine(folder.FullName, "broken.yaml");
            File.WriteAllText(file, yaml);

            var error = Assert.Throws<DaprComponentFileException>(() => DaprComponentFileParser.ParseDirectory(folder.FullName));

            Assert.Equal(file, error.FilePath);
            Assert.Contains(file, error.Message);
            Assert.Contains(problem, error.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
