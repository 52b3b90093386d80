using DocumentUploads.ChampvaSim;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.ChampvaSim;

public sealed class ChampvaSimFixture : IAsyncLifetime
{
    public RunningApp Sim { get; private set; } = null!;

    public ChampvaSimTestClient Champva { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sim = await RunningApp.StartAsync(ChampvaSimApp.Build, "--ChampvaSim:StepDuration=00:00:00.200", "--ChampvaSim:MaxFileBytes=4096");
        Champva = new ChampvaSimTestClient(Sim);
    }

    public async Task DisposeAsync() => await Sim.DisposeAsync();
}
