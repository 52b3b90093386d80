using DocumentUploads.AppHost.Orchestration;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost.Tests.Orchestration;

public sealed class LaunchPlannerTests
{
    private static IReadOnlyList<ResourceLaunch> Plan(string? daprdPath = null)
    {
        var builder = Repository.ComposedBuilder();
        return LaunchPlanner.Plan(builder.Projects, TestLaunchContexts.For(builder, daprdPath));
    }

    private static ResourceLaunch Launch(IReadOnlyList<ResourceLaunch> launches, string name) => launches.Single(l => l.Resource.Name == name);

    [Fact]
    public void Each_service_runs_from_its_build_output_in_its_project_folder()
    {
        var workflow = Launch(Plan(), AppIds.DocumentWorkflow);
        var expectedDll = Path.Combine(Repository.Root, "src", "DocumentWorkflow", "bin", Repository.Layout.Configuration,
            Repository.Layout.TargetFramework, "DocumentUploads.DocumentWorkflow.dll");

        Assert.Equal("/usr/bin/dotnet", workflow.Process.Executable);
        Assert.Equal([expectedDll], workflow.Process.Arguments);
        Assert.Equal(Path.Combine(Repository.Root, "src", "DocumentWorkflow"), workflow.Process.WorkingDirectory);
        Assert.Equal(new Uri("http://127.0.0.1:5090"), workflow.Url);
    }

    [Fact]
    public void Embedded_mode_has_no_sidecars_and_no_dapr_variables()
    {
        foreach (var launch in Plan(daprdPath: null))
        {
            Assert.Null(launch.Sidecar);
            Assert.Null(launch.HealthToken);
            Assert.DoesNotContain(launch.Process.Environment.Keys, k => k.StartsWith("DAPR_", StringComparison.Ordinal) || k == "APP_API_TOKEN");
        }
    }

    [Fact]
    public void Dapr_mode_gives_every_service_its_own_sidecar_it_can_find()
    {
        var launches = Plan(daprdPath: "/opt/dapr/daprd");

        Assert.All(launches, launch =>
        {
            var sidecar = Assert.IsType<DocumentUploads.AppHost.Dapr.DaprSidecarLaunch>(launch.Sidecar);
            Assert.Equal(launch.Resource.Name + "-dapr", sidecar.Name);
            Assert.Equal(sidecar.Ports.Http.ToString(), launch.Process.Environment["DAPR_HTTP_PORT"]);
            Assert.Equal(sidecar.Environment["DAPR_API_TOKEN"], launch.Process.Environment["DAPR_API_TOKEN"]);
            Assert.Contains(launch.Url.Port.ToString(), sidecar.Arguments);
        });
        var allSidecarPorts = launches.SelectMany(l => new[] { l.Sidecar!.Ports.Http, l.Sidecar.Ports.Grpc, l.Sidecar.Ports.Metrics }).ToList();
        Assert.Equal(allSidecarPorts.Count, allSidecarPorts.Distinct().Count());

        var workflow = Launch(launches, AppIds.DocumentWorkflow);
        Assert.Equal(workflow.Process.Environment["APP_API_TOKEN"], workflow.HealthToken);
        Assert.Null(Launch(launches, AppIds.UploadApi).HealthToken);
    }

    [Fact]
    public void Lighthouse_key_halves_go_only_to_the_provider_and_the_simulator()
    {
        var launches = Plan();

        Assert.Equal("generated-private-pem", Launch(launches, AppIds.ProviderLighthouse).Process.Environment["Lighthouse__ClientAssertionKey"]);
        Assert.Equal("generated-public-pem", Launch(launches, AppIds.LighthouseSim).Process.Environment["LighthouseSim__ClientPublicKey"]);
        foreach (var launch in launches.Where(l => l.Resource.Name != AppIds.ProviderLighthouse))
        {
            Assert.False(launch.Process.Environment.ContainsKey("Lighthouse__ClientAssertionKey"), launch.Resource.Name);
        }
        foreach (var launch in launches.Where(l => l.Resource.Name != AppIds.LighthouseSim))
        {
            Assert.False(launch.Process.Environment.ContainsKey("LighthouseSim__ClientPublicKey"), launch.Resource.Name);
        }
        Assert.All(launches, l => Assert.Equal("generated-auth-key", l.Process.Environment["Auth__SigningKey"]));
        Assert.All(launches, l => Assert.Equal("generated-service-key", l.Process.Environment["ServiceAuth__SigningKey"]));
    }

    [Fact]
    public void Dotnet_comes_from_DOTNET_HOST_PATH_when_it_exists()
    {
        var environment = new Dictionary<string, string> { ["DOTNET_HOST_PATH"] = "/usr/share/dotnet/dotnet" };

        Assert.Equal("/usr/share/dotnet/dotnet", LaunchPlanner.FindDotnet(environment, f => f == "/usr/share/dotnet/dotnet"));
        Assert.Equal("dotnet", LaunchPlanner.FindDotnet(environment, _ => false));
        Assert.Equal("dotnet", LaunchPlanner.FindDotnet(new Dictionary<string, string>(), _ => true));
    }
}
