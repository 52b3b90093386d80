using DocumentUploads.AppHost.Hosting;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost.Tests.Hosting;

public sealed class DistributedApplicationBuilderTests
{
    [Theory]
    [InlineData(null, null, "Development")]
    [InlineData("Staging", null, "Staging")]
    [InlineData(null, "Production", "Production")]
    [InlineData("Staging", "Production", "Staging")]
    public void Environment_name_is_the_apphost_own_defaulting_to_development(string? dotnet, string? aspnetcore, string expected)
    {
        var environment = new Dictionary<string, string>();
        if (dotnet is not null) environment["DOTNET_ENVIRONMENT"] = dotnet;
        if (aspnetcore is not null) environment["ASPNETCORE_ENVIRONMENT"] = aspnetcore;

        Assert.Equal(expected, DistributedApplicationBuilder.EnvironmentNameFrom(environment));
    }

    [Fact]
    public void Extra_variables_count_as_apphost_environment_and_configuration()
    {
        var options = new DistributedApplicationOptions { OutputSink = _ => { } };
        options.EnvironmentVariables["DOTNET_ENVIRONMENT"] = "Testing";
        options.EnvironmentVariables["Ports__upload-api"] = "6080";

        var builder = Repository.ComposedBuilder(options);

        Assert.Equal("Testing", builder.EnvironmentName);
        Assert.Equal("6080", builder.Configuration["Ports:upload-api"]);
    }

    [Fact]
    public void Project_paths_are_resolved_from_the_apphost_folder_not_the_current_directory()
    {
        var builder = Repository.ComposedBuilder();

        Assert.Equal(Path.Combine(Repository.Root, "src", "UploadApi", "UploadApi.csproj"),
            builder.Projects.Single(p => p.Name == AppIds.UploadApi).ProjectPath);
    }

    [Fact]
    public void The_composition_wires_the_system_as_designed()
    {
        var projects = Repository.ComposedBuilder().Projects.ToDictionary(p => p.Name);

        string[] References(string name) => projects[name].References.Select(r => r.Name).ToArray();
        Assert.Equal([AppIds.LighthouseSim, AppIds.ChampvaSim, AppIds.ProviderLighthouse, AppIds.ProviderChampva, AppIds.DocumentWorkflow, AppIds.UploadApi],
            projects.Keys);
        Assert.Empty(References(AppIds.LighthouseSim));
        Assert.Empty(References(AppIds.ChampvaSim));
        Assert.Equal([AppIds.LighthouseSim], References(AppIds.ProviderLighthouse));
        Assert.Equal([AppIds.ChampvaSim], References(AppIds.ProviderChampva));
        Assert.Equal([AppIds.ProviderLighthouse, AppIds.ProviderChampva], References(AppIds.DocumentWorkflow));
        Assert.Equal([AppIds.DocumentWorkflow, AppIds.ProviderLighthouse, AppIds.ProviderChampva], References(AppIds.UploadApi));
        Assert.Equal([5201, 5202, 5101, 5102, 5090, 5080], projects.Values.Select(p => p.DefaultPort));
        Assert.All(projects.Values, p => Assert.True(p.HasDaprSidecar));
        Assert.Equal([AppIds.UploadApi], projects.Values.Where(p => p.HasExternalHttpEndpoints).Select(p => p.Name));
    }

    [Theory]
    [InlineData("Upload_API")]
    [InlineData("")]
    public void Resource_names_must_be_usable_as_app_ids(string name)
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions());

        Assert.Throws<ArgumentException>(() => builder.AddProject(name, "x.csproj", 5000));
    }

    [Fact]
    public void A_project_cannot_reference_itself()
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions());
        var project = builder.AddProject("loop", "x.csproj", 5000);

        Assert.Throws<ArgumentException>(() => project.WithReference(project));
    }
}
