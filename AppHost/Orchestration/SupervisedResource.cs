namespace DocumentUploads.AppHost.Orchestration;

/// <summary>A service and, in Dapr mode, its sidecar: started together, stopped together.</summary>
internal sealed class SupervisedResource(ResourceLaunch launch, TrackedProcess app, TrackedProcess? sidecar, int depth)
{
    public ResourceLaunch Launch { get; } = launch;

    public TrackedProcess App { get; } = app;

    public TrackedProcess? Sidecar { get; } = sidecar;

    /// <summary>0 for a service that references nothing, else one more than its deepest reference:
    /// stopping from the deepest level down stops callers before the services they call.</summary>
    public int Depth { get; } = depth;

    public IEnumerable<TrackedProcess> Processes => Sidecar is null ? [App] : [App, Sidecar];
}
