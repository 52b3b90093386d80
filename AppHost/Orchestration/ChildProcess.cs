using System.Diagnostics;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>One running child: its output forwarded line by line, its exit observable, and a
/// graceful stop (SIGTERM, then the whole process tree killed if it does not go in time).</summary>
internal sealed class ChildProcess
{
    // Output still buffered when the process exits is flushed within this; longer means a
    // grandchild holds the pipe, and it is not worth waiting for.
    private static readonly TimeSpan OutputDrainLimit = TimeSpan.FromSeconds(2);

    private readonly Process _process;
    private readonly ResourceLog _log;
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stdoutClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(string name, Process process, ResourceLog log)
    {
        Name = name;
        _process = process;
        _log = log;
        Exited = WaitForExitAndOutputAsync();
    }

    public string Name { get; }

    public int ProcessId { get; private set; }

    /// <summary>Completes with the exit code once the process is gone and its output forwarded.</summary>
    public Task<int> Exited { get; }

    /// <exception cref="System.ComponentModel.Win32Exception">The executable could not be started.</exception>
    public static ChildProcess Start(ProcessLaunch launch, ResourceLog log)
    {
        var info = new ProcessStartInfo(launch.Executable)
        {
            WorkingDirectory = launch.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in launch.Arguments) info.ArgumentList.Add(argument);
        foreach (var (name, value) in launch.Environment) info.Environment[name] = value;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(launch.Name, process, log);
        process.OutputDataReceived += (_, e) => child.Forward(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => child.Forward(e.Data, isError: true);
        process.Exited += (_, _) => child._exited.TrySetResult();

        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }
        child.ProcessId = process.Id;
        ChildProcessRegistry.Add(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>SIGTERM, up to <paramref name="gracePeriod"/> to exit, then the process tree is killed.</summary>
    /// <returns>True if it stopped within the grace period.</returns>
    public async Task<bool> StopAsync(TimeSpan gracePeriod, TimeProvider time)
    {
        if (Exited.IsCompleted) return true;
        if (!UnixSignals.Terminate(ProcessId)) KillTree();

        var stopped = await Task.WhenAny(Exited, Task.Delay(gracePeriod, time)) == Exited;
        if (!stopped)
        {
            _log.Error($"'{Name}' (pid {ProcessId}) did not stop within {gracePeriod.TotalSeconds:0} s of SIGTERM; killing its process tree.");
            KillTree();
            await Task.WhenAny(Exited, Task.Delay(gracePeriod, time));
        }
        return stopped;
    }

    /// <summary>No grace: used when even the graceful stop could not be awaited.</summary>
    public void KillTree()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or ObjectDisposedException)
        {
            // Already exited.
        }
    }

    private void Forward(string? line, bool isError)
    {
        if (line is null)
        {
            (isError ? _stderrClosed : _stdoutClosed).TrySetResult();
            return;
        }
        _log.Child(Name, line, isError);
    }

    private async Task<int> WaitForExitAndOutputAsync()
    {
        await _exited.Task.ConfigureAwait(false);
        await Task.WhenAny(Task.WhenAll(_stdoutClosed.Task, _stderrClosed.Task), Task.Delay(OutputDrainLimit)).ConfigureAwait(false);
        ChildProcessRegistry.Remove(_process);
        var code = _process.ExitCode;
        _process.Dispose();
        return code;
    }
}
