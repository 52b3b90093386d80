namespace DocumentUploads.Contracts.Providers;

public sealed record ProviderStepDescription(string Name, string Label);
