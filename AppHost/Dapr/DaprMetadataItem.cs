namespace DocumentUploads.AppHost.Dapr;

/// <summary>One <c>spec.metadata</c> entry of a component: a literal value or a secret reference.</summary>
public sealed record DaprMetadataItem(string Name, string? Value, DaprSecretKeyRef? SecretKeyRef);
