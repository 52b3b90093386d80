namespace DocumentUploads.Contracts.Providers;

public sealed record ProviderStatusError(string? Detail, string? Step);
