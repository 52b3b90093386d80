namespace DocumentUploads.ProviderChampva.Endpoints;

public sealed record OwnershipResult(bool Owned);
