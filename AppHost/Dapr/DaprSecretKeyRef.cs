namespace DocumentUploads.AppHost.Dapr;

/// <summary>A metadata value read from a Dapr secret store instead of being written in the file.</summary>
public sealed record DaprSecretKeyRef(string Name, string Key);
