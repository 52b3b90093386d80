using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;

namespace DocumentUploads.ServiceDefaults.Hosting;

/// <summary>Once this service has begun to stop, a further SIGTERM is absorbed instead of ending the
/// process on the spot. Ctrl+C in a terminal reaches every child of the AppHost, which then sends each
/// its own orderly SIGTERM (and an orchestrator may repeat one). The host lets go of its signal
/// handlers before the process has finished disposing stores and flushing telemetry, and the
/// runtime's default for an unhandled SIGTERM is to exit at once with 143, which the AppHost rightly
/// reports as a service that did not stop cleanly. A shutdown that hangs is still ended: the host's
/// shutdown timeout bounds it, and the AppHost kills what outlives its grace period.</summary>
internal sealed class StopSignalDuringShutdownGuard(IHostApplicationLifetime lifetime) : IHostedService
{
    private static readonly Lock Gate = new();

    // Lives until the process exits, past the host's disposal: that is the window it covers.
    private static PosixSignalRegistration? _registration;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(AbsorbFurtherStopSignals);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void AbsorbFurtherStopSignals()
    {
        lock (Gate)
        {
            _registration ??= PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => context.Cancel = true);
        }
    }
}
