namespace DocumentUploads.ProviderLighthouse.Lighthouse;

public sealed record LighthouseStatusTime(long? StartTime, long? EndTime);
