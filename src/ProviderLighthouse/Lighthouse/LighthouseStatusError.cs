namespace DocumentUploads.ProviderLighthouse.Lighthouse;

public sealed record LighthouseStatusError(string? Detail, string? Step);
