using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Orchestration;
using DocumentUploads.ServiceDefaults;
using Microsoft.Extensions.Configuration;

namespace DocumentUploads.AppHost.Tests.Orchestration;

public sealed class PortAssignmentsTests
{
    private static readonly IReadOnlyList<ProjectResource> Projects = Repository.ComposedBuilder().Projects;

    private static IConfiguration Configuration(params string[] args) => new ConfigurationBuilder().AddCommandLine(args).Build();

    [Fact]
    public void Defaults_come_from_the_composition()
    {
        var ports = PortAssignments.Resolve(Projects, Configuration(), allocateFreePorts: false, () => throw new InvalidOperationException());

        Assert.Equal(5080, ports[AppIds.UploadApi]);
        Assert.Equal(5201, ports[AppIds.LighthouseSim]);
    }

    [Fact]
    public void Configuration_overrides_a_port_by_app_id()
    {
        var ports = PortAssignments.Resolve(Projects, Configuration("--Ports:upload-api=6080"), allocateFreePorts: false, () => 0);

        Assert.Equal(6080, ports[AppIds.UploadApi]);
        Assert.Equal(5090, ports[AppIds.DocumentWorkflow]);
    }

    [Fact]
    public void Environment_style_override_reaches_the_builder_configuration()
    {
        var options = new DistributedApplicationOptions { OutputSink = _ => { } };
        options.EnvironmentVariables["Ports__upload-api"] = "6081";
        var app = Repository.ComposedBuilder(options).Build();

        Assert.Equal(new Uri("http://127.0.0.1:6081"), app.GetEndpoint(AppIds.UploadApi));
    }

    [Fact]
    public void Free_port_allocation_gives_every_service_a_distinct_port_unless_configured()
    {
        var allocator = new FreePortAllocator();
        var ports = PortAssignments.Resolve(Projects, Configuration("--Ports:champva-sim=6202"), allocateFreePorts: true, allocator.Next);

        Assert.Equal(6202, ports[AppIds.ChampvaSim]);
        Assert.Equal(ports.Count, ports.Values.Distinct().Count());
        Assert.DoesNotContain(5080, ports.Values);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("70000")]
    public void An_invalid_port_is_a_clear_error(string value)
    {
        var error = Assert.Throws<DistributedApplicationException>(() =>
            PortAssignments.Resolve(Projects, Configuration($"--Ports:upload-api={value}"), false, () => 0));

        Assert.Contains("Ports:upload-api", error.Message);
    }

    [Fact]
    public void Two_services_on_one_port_is_a_clear_error()
    {
        var error = Assert.Throws<DistributedApplicationException>(() =>
            PortAssignments.Resolve(Projects, Configuration("--Ports:upload-api=5090"), false, () => 0));

        Assert.Contains("'document-workflow'", error.Message);
        Assert.Contains("'upload-api'", error.Message);
    }
}
