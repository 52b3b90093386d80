using DocumentUploads.ProviderContract.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace DocumentUploads.ProviderContract.Tests;

/// <summary>A provider service and the simulator of its backend API, both started in-process on
/// 127.0.0.1 with free ports, short steps and fast retries. One per provider, shared by that
/// provider's examples (a class fixture).</summary>
public abstract class ProviderStack : IAsyncLifetime
{
    /// <summary>How long a document spends in each simulated step: short, to keep the examples that
    /// wait for an ending quick; the example that checks the first step stops <see cref="SimulatorClock"/>.</summary>
    public static readonly TimeSpan StepDuration = TimeSpan.FromSeconds(1);

    /// <summary>The simulator's clock.</summary>
    public StoppableClock SimulatorClock { get; } = new();

    /// <summary>What every provider service is given: the test token keys, retries that wait
    /// milliseconds, and a circuit breaker that never opens during the examples.</summary>
    protected static readonly string[] ProviderServiceArgs =
    [
        .. TestTokens.ProviderArgs,
        "--HttpResilience:RetryBaseDelay=00:00:00.010",
        "--HttpResilience:MaxRetryAfter=00:00:00.010",
        "--HttpResilience:BreakerMinimumThroughput=100000",
    ];

    public RunningApp Simulator { get; private set; } = null!;

    public RunningApp Provider { get; private set; } = null!;

    /// <summary>Requests the simulator received, counted before it handles them.</summary>
    public RequestCounter SimulatorRequests { get; } = new();

    public ProviderClient Client { get; private set; } = null!;

    /// <summary>Uploads the simulator has received at its upload route (failed ones included).</summary>
    public abstract int SimulatorUploadsReceived { get; }

    protected abstract Task<RunningApp> StartSimulatorAsync(Action<WebApplication> countRequests);

    protected abstract Task<RunningApp> StartProviderAsync(Uri simulatorAddress);

    public async Task InitializeAsync()
    {
        Simulator = await StartSimulatorAsync(SimulatorRequests.CountRequestsTo);
        Provider = await StartProviderAsync(Simulator.BaseAddress);
        Client = new ProviderClient(Provider.Client);
    }

    public virtual async Task DisposeAsync()
    {
        Client?.Dispose();
        if (Provider is not null) await Provider.DisposeAsync();
        if (Simulator is not null) await Simulator.DisposeAsync();
    }
}
