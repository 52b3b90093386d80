namespace DocumentUploads.AppHost.Dapr;

/// <summary>The loopback ports one sidecar listens on; metrics gets its own so several sidecars
/// on one machine do not all claim daprd's default 9090.</summary>
public sealed record DaprSidecarPorts(int Http, int Grpc, int Metrics);
