namespace DocumentUploads.Contracts.Providers;

/// <summary>A provider's answer to a bulk status query, in one vocabulary for every provider:
/// <see cref="ProviderDocumentStatus.Status"/> is IN_PROGRESS, SUCCESS or FAILED and steps carry
/// the provider's own step names in order. Ids the provider does not know are in
/// <see cref="NotFound"/>; ids missing from both lists were not mentioned at all.</summary>
public sealed record ProviderStatusReport(
    IReadOnlyList<ProviderDocumentStatus> Statuses,
    IReadOnlyList<string> NotFound);
