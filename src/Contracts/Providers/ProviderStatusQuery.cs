namespace DocumentUploads.Contracts.Providers;

public sealed record ProviderStatusQuery(IReadOnlyList<string> RequestIds);
