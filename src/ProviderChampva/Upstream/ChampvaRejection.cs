namespace DocumentUploads.ProviderChampva.Upstream;

public sealed record ChampvaRejection(string? Reason, string? Stage);
