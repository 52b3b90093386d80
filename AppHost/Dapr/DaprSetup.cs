using Microsoft.Extensions.Logging;

namespace DocumentUploads.AppHost.Dapr;

/// <summary>Dapr for this run: the resources folder (components/) every sidecar loads, and the daprd
/// that runs the sidecars, if one is found. Without daprd the services call each other directly.</summary>
internal sealed class DaprSetup(DaprResources resources, string? daprdPath, bool isPublishMode)
{
    public DaprResources Resources => resources;

    /// <summary>Null when no daprd was found (direct mode).</summary>
    public string? DaprdPath => daprdPath;

    public bool IsPublishMode => isPublishMode;

    public static DaprSetup For(IDistributedApplicationBuilder builder)
    {
        var resources = DaprResources.Load(Path.Combine(builder.AppHostDirectory, "..", "components"));
        if (builder.ExecutionContext.IsPublishMode) return new DaprSetup(resources, null, isPublishMode: true);

        var environment = new Dictionary<string, string>(Configuration.EnvironmentVariables.OfThisProcess(), StringComparer.Ordinal);
        if (builder.Configuration[DaprdLocator.DaprPathVariable] is { Length: > 0 } configured) environment[DaprdLocator.DaprPathVariable] = configured;
        var daprd = DaprdLocator.Find(environment, File.Exists);

        // Said once, where the developer looks: the AppHost's own log.
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            var logger = e.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DocumentUploads.AppHost");
            if (daprd is null)
            {
                logger.LogInformation("Direct mode: no daprd found (set {Variable} or put daprd on PATH for Dapr sidecars); services call each other directly.",
                    DaprdLocator.DaprPathVariable);
            }
            else
            {
                logger.LogInformation("Dapr mode: a {Daprd} sidecar per service, resources from {ResourcesPath}.", daprd, resources.ResourcesPath);
            }
            return Task.CompletedTask;
        });
        return new DaprSetup(resources, daprd, isPublishMode: false);
    }

    /// <summary>Publish mode: one <c>dapr.component.v0</c> entry per component file, so deployment tools see them.</summary>
    public void AddComponentsToManifest(IDistributedApplicationBuilder builder)
    {
        if (!isPublishMode) return;
        foreach (var component in resources.Components)
        {
            builder.AddResource(new DaprManifestEntryResource(component.Name))
                .WithManifestPublishingCallback(context =>
                {
                    context.Writer.WriteString("type", "dapr.component.v0");
                    context.Writer.WriteStartObject("daprComponent");
                    context.Writer.WriteString("type", component.BuildingBlock);
                    context.Writer.WriteString("localPath", context.GetManifestRelativePath(component.FilePath));
                    context.Writer.WriteEndObject();
                });
        }
    }
}
