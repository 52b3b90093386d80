namespace DocumentUploads.AppHost.Orchestration;

/// <summary>One row of the resources table.</summary>
/// <param name="Type"><c>Project</c> or <c>DaprSidecar</c>.</param>
public sealed record ResourceSnapshot(string Name, string Type, ResourceState State, Uri Url, int? ProcessId);
