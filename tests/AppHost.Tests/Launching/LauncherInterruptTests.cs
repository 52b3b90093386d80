using DocumentUploads.AppHost.Orchestration;
using Xunit.Abstractions;

namespace DocumentUploads.AppHost.Tests.Launching;

/// <summary>Ctrl+C in a terminal reaches every child of the AppHost (same process group) and the
/// AppHost then sends each its orderly SIGTERM, at whatever point of its shutdown the child has got
/// to. A real service (its ServiceDefaults) must still finish stopping and exit 0, not die of the
/// late signal with 143.</summary>
public sealed class LauncherInterruptTests(ITestOutputHelper testOutput)
{
    private const string Service = "lighthouse-sim";

    private readonly CapturedOutput _output = new(testOutput);

    [Fact]
    public async Task A_real_service_interrupted_and_then_sent_SIGTERM_throughout_its_shutdown_exits_0()
    {
        var app = await TestServiceComposition.CreateAsync(
            builder => builder.AddProject(Service, "../src/LighthouseSim/LighthouseSim.csproj", 5201), _output);
        await using (app)
        {
            await app.StartAsync();
            var processId = app.GetResources().Single().ProcessId!.Value;
            var ended = app.WaitForResourceStateAsync(Service, s => s.Kind is ResourceStateKind.Exited or ResourceStateKind.Stopped);

            Assert.True(UnixSignals.Send(processId, UnixSignals.SigInt));
            // Every 2 ms until it is gone, so the signal lands in every phase of the shutdown,
            // including after the host has released its own signal handlers.
            var signals = 0;
            while (!ended.IsCompleted && signals < 5000)
            {
                if (UnixSignals.Terminate(processId)) signals++;
                await Task.Delay(2);
            }

            var state = await ended.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(signals > 1, $"only {signals} SIGTERM reached the service before it ended");
            Assert.Equal(0, state.ExitCode);
        }
    }
}
