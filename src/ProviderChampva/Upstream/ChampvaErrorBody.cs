namespace DocumentUploads.ProviderChampva.Upstream;

/// <summary><c>{"error":{"code","message"}}</c>, the CHAMPVA API's error body.</summary>
public sealed record ChampvaErrorBody(ChampvaErrorDetail? Error);
