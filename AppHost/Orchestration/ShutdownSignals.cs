using System.Runtime.InteropServices;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>Turns Ctrl+C, SIGTERM and SIGQUIT into one orderly shutdown. A second signal is left to
/// the runtime's default (the process ends; children are then killed on the way out).</summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _received;

    public ShutdownSignals(Action onFirstSignal)
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    if (Interlocked.Increment(ref _received) > 1) return;
                    context.Cancel = true;
                    onFirstSignal();
                }));
            }
            catch (PlatformNotSupportedException)
            {
                // SIGQUIT has no Windows equivalent; Ctrl+C and SIGTERM are enough there.
            }
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
    }
}
