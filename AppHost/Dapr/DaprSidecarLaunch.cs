namespace DocumentUploads.AppHost.Dapr;

/// <summary>How to start one app's daprd, and what the app itself must be told about it.</summary>
/// <param name="Environment">Variables for the daprd process (on top of the AppHost's own).</param>
/// <param name="AppEnvironment">Variables for the app, so it finds and trusts its sidecar.</param>
public sealed record DaprSidecarLaunch(
    string Name,
    string AppId,
    string Executable,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyDictionary<string, string> AppEnvironment,
    DaprSidecarPorts Ports)
{
    public Uri HttpEndpoint => new($"http://127.0.0.1:{Ports.Http}");
}
