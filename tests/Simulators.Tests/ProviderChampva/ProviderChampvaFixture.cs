using DocumentUploads.ChampvaSim;
using DocumentUploads.ProviderChampva;
using DocumentUploads.Simulators.Tests.ChampvaSim;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.ProviderChampva;

/// <summary>champva-sim (200 ms stages) with provider-champva in front of it. Retries wait
/// milliseconds, not seconds, the circuit breaker never opens during the tests, and files over
/// <see cref="MaxUploadBytes"/> are refused.</summary>
public class ProviderChampvaFixture : IAsyncLifetime
{
    public const int MaxUploadBytes = 4096;

    public RunningApp Sim { get; private set; } = null!;

    public RunningApp Provider { get; private set; } = null!;

    public ChampvaSimTestClient Champva { get; private set; } = null!;

    public ProviderTestClient Client { get; private set; } = null!;

    public static string[] ProviderArgs(Uri champvaBaseUrl) =>
    [
        $"--Champva:BaseUrl={champvaBaseUrl}",
        ServiceTokens.ServiceAuthArg,
        $"--Champva:MaxUploadBytes={MaxUploadBytes}",
        "--HttpResilience:RetryBaseDelay=00:00:00.010",
        "--HttpResilience:MaxRetryAfter=00:00:00.010",
        "--HttpResilience:BreakerMinimumThroughput=100000",
    ];

    public async Task InitializeAsync()
    {
        Sim = await RunningApp.StartAsync(ChampvaSimApp.Build, "--ChampvaSim:StepDuration=00:00:00.200");
        Provider = await RunningApp.StartAsync(ProviderChampvaApp.Build, ProviderArgs(Sim.BaseAddress));
        Champva = new ChampvaSimTestClient(Sim);
        Client = new ProviderTestClient(Provider);
    }

    public async Task DisposeAsync()
    {
        await Provider.DisposeAsync();
        await Sim.DisposeAsync();
    }
}
