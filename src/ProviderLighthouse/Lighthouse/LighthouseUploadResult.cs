namespace DocumentUploads.ProviderLighthouse.Lighthouse;

public sealed record LighthouseUploadResult(bool Success, long RequestId);
