namespace DocumentUploads.ProviderLighthouse.Lighthouse;

public sealed record LighthouseStatusResult(
    IReadOnlyList<LighthouseDocumentStatus>? Statuses,
    IReadOnlyList<long>? RequestIdsNotFound);
