using DocumentUploads.ChampvaSim;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.ChampvaSim;

public sealed class ChampvaSimFixture : IAsyncLifetime
{
    public static readonly TimeSpan StepDuration = TimeSpan.FromMilliseconds(200);

    /// <summary>The simulator's clock: tests that check each state stop it and advance it.</summary>
    public StoppableClock Clock { get; } = new();

    public RunningApp Sim { get; private set; } = null!;

    public ChampvaSimTestClient Champva { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sim = await RunningApp.StartAsync(args => ChampvaSimApp.Build(args, Clock),
            $"--ChampvaSim:StepDuration={StepDuration}", "--ChampvaSim:MaxFileBytes=4096");
        Champva = new ChampvaSimTestClient(Sim);
    }

    public async Task DisposeAsync() => await Sim.DisposeAsync();
}
