namespace DocumentUploads.ProviderLighthouse.Lighthouse;

public sealed record LighthouseStep(string? Name, string? NextStepName, string? Description, string? Status);
