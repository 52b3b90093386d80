namespace DocumentUploads.ProviderLighthouse.Lighthouse;

public sealed record LighthouseStatusRequest(IReadOnlyList<long> RequestIds);
