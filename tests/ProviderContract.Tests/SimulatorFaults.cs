namespace DocumentUploads.ProviderContract.Tests;

/// <summary>The faults an example asks the provider's simulator for (rates 0..1; all 0 = healthy).</summary>
public sealed record SimulatorFaults(double UploadFailureRate = 0, double StatusFailureRate = 0, double MalformedStatusRate = 0)
{
    public static readonly SimulatorFaults None = new();
}
