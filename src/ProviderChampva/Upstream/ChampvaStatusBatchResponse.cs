namespace DocumentUploads.ProviderChampva.Upstream;

public sealed record ChampvaStatusBatchResponse(
    IReadOnlyList<ChampvaIntakeResult>? Results,
    IReadOnlyList<string>? UnknownIntakeIds);
