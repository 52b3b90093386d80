namespace DocumentUploads.Stack.IntegrationTests;

public sealed record DocumentAnswer(
    Guid Id,
    string ClaimId,
    string Provider,
    string? ProviderRequestId,
    string DocumentType,
    string FileName,
    IReadOnlyList<long> TrackedItemIds,
    string Status,
    string? Step,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? LastPolledAt,
    IReadOnlyList<HistoryAnswer> History)
{
    public override string ToString() =>
        $"{Status}/{Step} error={Error} history=[{string.Join(", ", History.Select(h => $"{h.To}/{h.Step}"))}]";
}
