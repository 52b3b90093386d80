namespace DocumentUploads.DocumentWorkflow.Domain;

/// <summary>A provider's answer to one batch, as observations keyed by request id, plus the ids
/// it mentioned that nobody asked about (ignored, counted, logged).</summary>
public sealed record ProviderAnswer(
    IReadOnlyDictionary<string, ProviderObservation> Observations,
    IReadOnlyList<string> UnexpectedIds);
