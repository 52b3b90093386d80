using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.DocumentWorkflow.Domain;

/// <summary>Maps a provider's status answer onto observations. Total: every input, however
/// incomplete (FAILED without an error, no steps at all), maps to something; nothing throws.</summary>
public static class ProviderStatusMapper
{
    public const string UnknownStep = "UNKNOWN";
    public const string FailedWithoutDetail = "The provider reported the document as failed without giving a reason.";

    public static ProviderObservation Map(ProviderDocumentStatus status) => status.Status switch
    {
        ProviderDocumentStatus.InProgress => new ProviderObservation.InProgress(CurrentStep(status.Steps)),
        ProviderDocumentStatus.Success => new ProviderObservation.Succeeded(),
        ProviderDocumentStatus.Failed => new ProviderObservation.Failed(
            NonBlank(status.Error?.Step) ?? CurrentStep(status.Steps),
            NonBlank(status.Error?.Detail) ?? FailedWithoutDetail),
        _ => new ProviderObservation.Unrecognized(status.Status ?? "(none)"),
    };

    /// <summary>Observations for every asked id: reported, listed as not found, or not mentioned.
    /// Ids the provider reported that were not asked for are returned separately, never applied.</summary>
    public static ProviderAnswer MapReport(IReadOnlyCollection<string> askedIds, ProviderStatusReport report)
    {
        var asked = askedIds as IReadOnlySet<string> ?? askedIds.ToHashSet(StringComparer.Ordinal);
        var observations = new Dictionary<string, ProviderObservation>(asked.Count, StringComparer.Ordinal);
        var unexpected = new List<string>();

        foreach (var id in report.NotFound ?? [])
        {
            if (asked.Contains(id)) observations[id] = new ProviderObservation.NotFound();
            else unexpected.Add(id);
        }
        // A status report wins over a not-found listing of the same id: it is the stronger evidence.
        foreach (var status in report.Statuses ?? [])
        {
            if (status?.RequestId is { } id && asked.Contains(id)) observations[id] = Map(status);
            else unexpected.Add(status?.RequestId ?? "(null)");
        }
        foreach (var id in asked)
        {
            observations.TryAdd(id, new ProviderObservation.NotMentioned());
        }
        return new ProviderAnswer(observations, unexpected);
    }

    private static string CurrentStep(IReadOnlyList<ProviderStep>? steps) =>
        steps?.FirstOrDefault(s => s?.Status != ProviderStep.Success)?.Name is { Length: > 0 } name ? name : UnknownStep;

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
