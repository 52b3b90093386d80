using DocumentUploads.NotifySim;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.NotifySim;

/// <summary>A notify-sim with its default key and no faults; tests keep apart by template id and reference.</summary>
public class NotifySimFixture : IAsyncLifetime
{
    public RunningApp Sim { get; private set; } = null!;

    public NotifySimTestClient Notify { get; private set; } = null!;

    protected virtual string[] Args => [];

    public async Task InitializeAsync()
    {
        Sim = await RunningApp.StartAsync(args => NotifySimApp.Build(args, TimeProvider.System), Args);
        Notify = new NotifySimTestClient(Sim);
    }

    public async Task DisposeAsync() => await Sim.DisposeAsync();
}
