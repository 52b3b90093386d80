namespace DocumentUploads.ProviderLighthouse.Lighthouse;

public sealed record LighthouseErrorBody(IReadOnlyList<LighthouseErrorItem>? Errors);
