namespace DocumentUploads.AppHost.Dapr;

/// <summary>A resource that exists only in the manifest (a <c>dapr.v0</c> sidecar or a
/// <c>dapr.component.v0</c>): the deployment runs it, the AppHost never does.</summary>
internal sealed class DaprManifestEntryResource(string name) : Resource(name);
