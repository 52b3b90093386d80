namespace DocumentUploads.ProviderLighthouse.Lighthouse;

public sealed record LighthouseDocumentStatus(
    long RequestId,
    LighthouseStatusTime? Time,
    string? Status,
    IReadOnlyList<LighthouseStep>? Steps,
    LighthouseStatusError? Error);
