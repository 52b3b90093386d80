using System.Globalization;
using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.ProviderLighthouse.Lighthouse;

/// <summary>Maps Lighthouse's status answer onto the provider contract. Pure; Lighthouse's step
/// and status names pass through unchanged (they are already the contract's vocabulary).</summary>
public static class LighthouseStatusMapper
{
    /// <summary>This provider as its describe route answers, with the configured status request limit.</summary>
    public static ProviderDescription Describe(LighthouseSettings settings) => new(ProviderIds.Lighthouse,
    [
        new("CLAIMS_EVIDENCE", "VBMS"),
        new("BENEFITS_GATEWAY_SERVICE", "BGS"),
    ], settings.MaxIdsPerStatusRequest);

    public static ProviderStatusReport Map(LighthouseStatusResult result, IEnumerable<string> unparseableIds) => new(
        (result.Statuses ?? []).Where(s => s is not null).Select(Map).ToList(),
        (result.RequestIdsNotFound ?? []).Select(Format).Concat(unparseableIds).ToList());

    public static ProviderDocumentStatus Map(LighthouseDocumentStatus s) => new(
        Format(s.RequestId),
        s.Status ?? "",
        (s.Steps ?? []).Where(step => step?.Name is not null)
            .Select(step => new ProviderStep(step.Name!, step.Status ?? ProviderStep.NotStarted)).ToList(),
        s.Error is null ? null : new ProviderStatusError(s.Error.Detail, s.Error.Step),
        s.Time?.StartTime is { } start ? DateTimeOffset.FromUnixTimeMilliseconds(start) : null,
        s.Time?.EndTime is { } end ? DateTimeOffset.FromUnixTimeMilliseconds(end) : null);

    private static string Format(long id) => id.ToString(CultureInfo.InvariantCulture);
}
