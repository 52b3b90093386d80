namespace DocumentUploads.ProviderChampva.Upstream;

public sealed record ChampvaErrorDetail(string? Code, string? Message);
