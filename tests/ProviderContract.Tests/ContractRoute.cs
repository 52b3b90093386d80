namespace DocumentUploads.ProviderContract.Tests;

/// <summary>The routes of the provider contract (Contracts/Providers/ProviderRoutes).</summary>
public enum ContractRoute
{
    Describe,
    Upload,
    Statuses,
    Ownership,
}
