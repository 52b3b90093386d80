namespace DocumentUploads.ProviderLighthouse.Lighthouse;

public sealed record LighthouseErrorItem(string? Title, string? Detail, string? Code, string? Status);
