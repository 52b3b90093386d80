namespace DocumentUploads.ProviderLighthouse.Lighthouse;

/// <summary>Lighthouse Benefits Documents API JSON (see shared/reference/lighthouse.md).</summary>
public sealed record LighthouseEnvelope<T>(T Data);
