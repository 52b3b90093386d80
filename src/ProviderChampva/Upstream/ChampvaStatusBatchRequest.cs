namespace DocumentUploads.ProviderChampva.Upstream;

public sealed record ChampvaStatusBatchRequest(IReadOnlyList<string> IntakeIds);
