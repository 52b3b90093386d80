namespace DocumentUploads.Simulators.Tests.ProviderChampva;

/// <summary>A pair of its own for tests that change champva-sim's fault settings.</summary>
public sealed class ProviderChampvaFaultsFixture : ProviderChampvaFixture;
