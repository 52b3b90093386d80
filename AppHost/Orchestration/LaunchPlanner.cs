using DocumentUploads.AppHost.Dapr;
using DocumentUploads.AppHost.Hosting;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>Turns the composition into concrete launches: <c>dotnet {dll}</c> in the project
/// folder (as Aspire runs projects), its environment, and its sidecar in Dapr mode.</summary>
internal static class LaunchPlanner
{
    public static IReadOnlyList<ResourceLaunch> Plan(IReadOnlyList<ProjectResource> projects, LaunchContext context)
    {
        var endpoints = projects.ToDictionary(p => p.Name, p => EndpointFor(context.Ports[p.Name]), StringComparer.Ordinal);
        return projects.Select(project => PlanOne(project, endpoints, context)).ToList();
    }

    public static Uri EndpointFor(int port) => new($"http://127.0.0.1:{port}");

    /// <summary>DOTNET_HOST_PATH names the dotnet that runs the AppHost (set by the SDK); the one on PATH otherwise.</summary>
    public static string FindDotnet(IReadOnlyDictionary<string, string> environment, Func<string, bool> fileExists) =>
        environment.GetValueOrDefault("DOTNET_HOST_PATH") is { Length: > 0 } host && fileExists(host) ? host : "dotnet";

    private static ResourceLaunch PlanOne(ProjectResource project, IReadOnlyDictionary<string, Uri> endpoints, LaunchContext context)
    {
        var port = context.Ports[project.Name];
        var sidecar = PlanSidecar(project, port, context);
        var environment = ChildEnvironment.Build(new ChildEnvironmentRequest(
            project, port, endpoints, context.HostEnvironment, context.ExtraEnvironment, context.EnvironmentName,
            context.Secrets, context.AppHostProcessId, context.NewInstanceId(), sidecar));

        var assembly = ProjectOutput.AssemblyPath(project.ProjectPath, context.Layout);
        var process = new ProcessLaunch(project.Name, context.DotnetExecutable, [assembly],
            Path.GetDirectoryName(project.ProjectPath)!, environment);
        return new ResourceLaunch(project, endpoints[project.Name], assembly, process, sidecar,
            sidecar?.AppEnvironment.GetValueOrDefault("APP_API_TOKEN"));
    }

    private static DaprSidecarLaunch? PlanSidecar(ProjectResource project, int appPort, LaunchContext context)
    {
        if (!project.HasDaprSidecar || context.DaprdPath is null) return null;
        var resources = context.DaprResources ?? throw new DistributedApplicationException(
            $"'{project.Name}' has a Dapr sidecar but no Dapr components folder was added (builder.AddDaprComponents).");
        var ports = new DaprSidecarPorts(context.AllocatePort(), context.AllocatePort(), context.AllocatePort());
        return DaprSidecarPlanner.Plan(context.DaprdPath, project.Name, appPort,
            appTakesOnlySidecarCalls: !project.HasExternalHttpEndpoints, ports, DaprSidecarTokens.CreateRandom(), resources);
    }
}
