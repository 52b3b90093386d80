using System.Text.Json;
using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Publishing;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost.Tests.Publishing;

public sealed class AspireManifestWriterTests
{
    private const string RegenerateCommand = "dotnet run --project AppHost -- --publisher manifest --output-path aspire-manifest.json";

    private static readonly string[] Services =
        [AppIds.LighthouseSim, AppIds.ChampvaSim, AppIds.ProviderLighthouse, AppIds.ProviderChampva, AppIds.DocumentWorkflow, AppIds.UploadApi];

    private static string Current() => AspireManifestWriter.Write(Repository.ComposedBuilder(), Repository.ManifestPath);

    private static JsonElement Resources() => JsonDocument.Parse(Current()).RootElement.GetProperty("resources");

    [Fact]
    public void Committed_manifest_is_what_the_composition_produces_now()
    {
        var expected = Current();
        var committed = File.Exists(Repository.ManifestPath) ? File.ReadAllText(Repository.ManifestPath) : "";
        if (committed == expected) return;

        var expectedLines = expected.Split('\n');
        var committedLines = committed.Split('\n');
        var firstDifference = Enumerable.Range(0, Math.Max(expectedLines.Length, committedLines.Length))
            .First(i => i >= expectedLines.Length || i >= committedLines.Length || expectedLines[i] != committedLines[i]);
        Assert.Fail(
            $"aspire-manifest.json is out of date with the composition (first difference at line {firstDifference + 1}: " +
            $"committed '{committedLines.ElementAtOrDefault(firstDifference)}', now '{expectedLines.ElementAtOrDefault(firstDifference)}'). " +
            $"Regenerate it from the repository root: {RegenerateCommand}");
    }

    [Fact]
    public void Output_is_deterministic_with_unix_line_ends_and_a_trailing_newline()
    {
        var first = Current();
        Assert.Equal(first, Current());
        Assert.EndsWith("}\n", first);
        Assert.DoesNotContain('\r', first);
        Assert.StartsWith("{\n  \"$schema\": \"https://json.schemastore.org/aspire-8.0.json\",\n  \"resources\": {\n", first);
    }

    [Fact]
    public void Every_service_is_a_project_with_a_dapr_sidecar()
    {
        var resources = Resources();
        foreach (var service in Services)
        {
            var project = resources.GetProperty(service);
            Assert.Equal("project.v0", project.GetProperty("type").GetString());
            var path = project.GetProperty("path").GetString()!;
            Assert.StartsWith("src/", path);
            Assert.EndsWith(".csproj", path);

            var sidecar = resources.GetProperty(service + "-dapr");
            Assert.Equal("dapr.v0", sidecar.GetProperty("type").GetString());
            Assert.Equal(service, sidecar.GetProperty("dapr").GetProperty("application").GetString());
            Assert.Equal(service, sidecar.GetProperty("dapr").GetProperty("appId").GetString());
        }
    }

    [Fact]
    public void Component_files_are_published_and_listed_for_the_apps_they_are_scoped_to()
    {
        var resources = Resources();
        var statestore = resources.GetProperty("statestore");
        Assert.Equal("dapr.component.v0", statestore.GetProperty("type").GetString());
        Assert.Equal("state", statestore.GetProperty("daprComponent").GetProperty("type").GetString());
        Assert.Equal("components/statestore.yaml", statestore.GetProperty("daprComponent").GetProperty("localPath").GetString());

        var poll = resources.GetProperty("document-status-poll").GetProperty("daprComponent");
        Assert.Equal("bindings", poll.GetProperty("type").GetString());
        Assert.True(File.Exists(Path.Combine(Repository.Root, poll.GetProperty("localPath").GetString()!)));

        // Policies, not components.
        Assert.False(resources.TryGetProperty("tracing", out _));
        Assert.False(resources.TryGetProperty("document-uploads-resiliency", out _));

        string[] ComponentsOf(string app) => resources.GetProperty(app + "-dapr").GetProperty("dapr").GetProperty("components")
            .EnumerateArray().Select(c => c.GetString()!).ToArray();
        Assert.Contains("statestore", ComponentsOf(AppIds.DocumentWorkflow));
        Assert.Contains("document-status-poll", ComponentsOf(AppIds.DocumentWorkflow));
        Assert.Empty(ComponentsOf(AppIds.UploadApi));
    }

    [Fact]
    public void References_become_service_discovery_expressions_and_no_listen_address_is_fixed()
    {
        var resources = Resources();
        var uploadEnv = resources.GetProperty(AppIds.UploadApi).GetProperty("env");
        Assert.Equal("{document-workflow.bindings.http.url}", uploadEnv.GetProperty("services__document-workflow__http__0").GetString());
        Assert.Equal("{provider-lighthouse.bindings.http.url}", uploadEnv.GetProperty("services__provider-lighthouse__http__0").GetString());
        Assert.Equal("{provider-champva.bindings.http.url}", uploadEnv.GetProperty("services__provider-champva__http__0").GetString());
        Assert.Equal("{lighthouse-sim.bindings.http.url}",
            resources.GetProperty(AppIds.ProviderLighthouse).GetProperty("env").GetProperty("services__lighthouse-sim__http__0").GetString());

        foreach (var service in Services)
        {
            var project = resources.GetProperty(service);
            var env = project.GetProperty("env");
            Assert.False(env.TryGetProperty("ASPNETCORE_URLS", out _));
            Assert.Equal("true", env.GetProperty("OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EXCEPTION_LOG_ATTRIBUTES").GetString());
            Assert.Equal("in_memory", env.GetProperty("OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY").GetString());

            var http = project.GetProperty("bindings").GetProperty("http");
            Assert.Equal("http", http.GetProperty("scheme").GetString());
            Assert.Equal("tcp", http.GetProperty("protocol").GetString());
            Assert.Equal("http", http.GetProperty("transport").GetString());
            Assert.Equal(service == AppIds.UploadApi, http.TryGetProperty("external", out var external) && external.GetBoolean());
        }
    }

    [Fact]
    public void Secrets_are_parameters_referenced_from_env_never_values()
    {
        var resources = Resources();
        Assert.Equal("{auth-signing-key.value}",
            resources.GetProperty(AppIds.UploadApi).GetProperty("env").GetProperty("Auth__SigningKey").GetString());
        Assert.Equal("{lighthouse-client-private-key.value}",
            resources.GetProperty(AppIds.ProviderLighthouse).GetProperty("env").GetProperty("Lighthouse__ClientAssertionKey").GetString());
        Assert.False(resources.GetProperty(AppIds.UploadApi).GetProperty("env").TryGetProperty("Lighthouse__ClientAssertionKey", out _));

        var parameter = resources.GetProperty("auth-signing-key");
        Assert.Equal("parameter.v0", parameter.GetProperty("type").GetString());
        Assert.True(parameter.GetProperty("inputs").GetProperty("value").GetProperty("secret").GetBoolean());
        Assert.DoesNotContain("PRIVATE KEY", Current());
    }

    [Fact]
    public async Task Publish_mode_writes_the_manifest_and_starts_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("apphost-manifest-");
        try
        {
            var output = Path.Combine(folder.FullName, "aspire-manifest.json");
            var lines = new List<string>();
            var app = Repository.ComposedBuilder(new DistributedApplicationOptions
            {
                Args = ["--publisher", "manifest", "--output-path", output],
                OutputSink = lines.Add,
            }).Build();

            Assert.Equal(0, await app.RunAsync());

            var written = await File.ReadAllTextAsync(output);
            Assert.Equal(AspireManifestWriter.Write(Repository.ComposedBuilder(), output), written);
            Assert.Contains("\"path\": \"", written);
            Assert.DoesNotContain(lines, l => l.Contains("Starting", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
