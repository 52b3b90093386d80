using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost.Tests.Composition;

/// <summary>No daprd exists on these machines: the sidecars are checked in the application model,
/// with DAPR_PATH pointing at a stand-in file, never run.</summary>
public sealed class DaprSidecarTests : IDisposable
{
    private readonly string _daprd = Path.Combine(Directory.CreateTempSubdirectory("du-daprd-").FullName, "daprd");

    public DaprSidecarTests() => File.WriteAllText(_daprd, "#!/bin/sh\n");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_daprd)!, recursive: true);

    [Fact]
    public async Task Each_product_service_gets_a_daprd_with_its_port_the_components_and_the_tracing_config()
    {
        await using var model = await ComposedModel.BuildAsync($"--DAPR_PATH={_daprd}");

        Assert.Equal(
            [$"{AppIds.DocumentWorkflow}-dapr", $"{AppIds.ProviderChampva}-dapr", $"{AppIds.ProviderLighthouse}-dapr", $"{AppIds.UploadApi}-dapr"],
            model.Executables().Select(e => e.Name).Order());
        var sidecar = model.Resource<ExecutableResource>($"{AppIds.DocumentWorkflow}-dapr");
        Assert.Equal(_daprd, sidecar.Command);
        string P(string endpoint) => ComposedModel.Port(model.AllocatedPort(sidecar, endpoint));
        Assert.Equal(
        [
            "--app-id", AppIds.DocumentWorkflow,
            "--app-port", "5090",
            "--app-protocol", "http",
            "--dapr-http-port", P("http"),
            "--dapr-grpc-port", P("grpc"),
            "--metrics-port", P("metrics"),
            "--dapr-listen-addresses", "127.0.0.1",
            "--resources-path", Repository.ComponentsFolder,
            "--config", Path.Combine(Repository.ComponentsFolder, "tracing.yaml"),
            "--log-level", "info",
        ], await ComposedModel.ArgumentsOf(sidecar));

        // The app finds its own sidecar and shares a token pair with it.
        var app = await ComposedModel.EnvironmentOf(model.Resource<ProjectResource>(AppIds.DocumentWorkflow));
        var daprd = await ComposedModel.EnvironmentOf(sidecar);
        Assert.Equal(P("http"), app["DAPR_HTTP_PORT"]);
        Assert.Equal(P("grpc"), app["DAPR_GRPC_PORT"]);
        Assert.Equal(64, app["DAPR_API_TOKEN"].Length);
        Assert.Equal(app["DAPR_API_TOKEN"], daprd["DAPR_API_TOKEN"]);
        Assert.Equal(app["APP_API_TOKEN"], daprd["APP_API_TOKEN"]);
        Assert.NotEqual(app["DAPR_API_TOKEN"], app["APP_API_TOKEN"]);
    }

    [Fact]
    public async Task Sidecars_of_different_services_do_not_share_ports_or_tokens()
    {
        await using var model = await ComposedModel.BuildAsync($"--DAPR_PATH={_daprd}");

        var first = await ComposedModel.EnvironmentOf(model.Resource<ProjectResource>(AppIds.ProviderLighthouse));
        var second = await ComposedModel.EnvironmentOf(model.Resource<ProjectResource>(AppIds.ProviderChampva));
        Assert.True(first.ContainsKey("DAPR_HTTP_PORT"), string.Join(", ", first.Keys));
        Assert.NotEqual(first["DAPR_HTTP_PORT"], second["DAPR_HTTP_PORT"]);
        Assert.NotEqual(first["DAPR_API_TOKEN"], second["DAPR_API_TOKEN"]);
    }

    [Fact]
    public async Task The_service_browsers_call_directly_gets_no_app_token_that_would_lock_them_out()
    {
        await using var model = await ComposedModel.BuildAsync($"--DAPR_PATH={_daprd}");

        var uploadApi = await ComposedModel.EnvironmentOf(model.Resource<ProjectResource>(AppIds.UploadApi));
        Assert.True(uploadApi.ContainsKey("DAPR_API_TOKEN"));
        Assert.False(uploadApi.ContainsKey("APP_API_TOKEN"));
        Assert.False((await ComposedModel.EnvironmentOf(model.Resource<ExecutableResource>($"{AppIds.UploadApi}-dapr"))).ContainsKey("APP_API_TOKEN"));
    }

    [Fact]
    public async Task A_DAPR_PATH_that_points_at_nothing_stops_the_start()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ComposedModel.BuildAsync("--DAPR_PATH=/nowhere/daprd"));

        Assert.Contains("DAPR_PATH", error.ToString());
    }
}
