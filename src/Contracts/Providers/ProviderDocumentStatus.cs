namespace DocumentUploads.Contracts.Providers;

public sealed record ProviderDocumentStatus(
    string RequestId,
    string Status,
    IReadOnlyList<ProviderStep> Steps,
    ProviderStatusError? Error,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? EndedAt = null)
{
    public const string InProgress = "IN_PROGRESS";
    public const string Success = "SUCCESS";
    public const string Failed = "FAILED";
}
