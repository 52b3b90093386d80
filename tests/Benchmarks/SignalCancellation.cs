using System.Runtime.InteropServices;

namespace DocumentUploads.Benchmarks;

/// <summary>Turns Ctrl+C and SIGTERM into a cancellation, so the run unwinds through its
/// disposals (child processes, cluster, temp files) instead of dying with them in place.</summary>
public sealed class SignalCancellation : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _terminate;

    public SignalCancellation()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            Cancel();
        });
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _terminate.Dispose();
        _source.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        // The first Ctrl+C cleans up; a second one is not intercepted and ends the process at once.
        if (_source.IsCancellationRequested) return;
        e.Cancel = true;
        Cancel();
    }

    private void Cancel()
    {
        Console.Error.WriteLine("Cancelling: stopping services and cleaning up ...");
        _source.Cancel();
    }
}
