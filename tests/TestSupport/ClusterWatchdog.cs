using System.Diagnostics;

namespace DocumentUploads.TestSupport;

/// <summary>A small shell process that stops the cluster and deletes its folder if the test
/// process dies without disposing it (killed, aborted run). Disposing the cluster ends it first.</summary>
internal sealed class ClusterWatchdog : IDisposable
{
    private readonly Process _process;

    private ClusterWatchdog(Process process) => _process = process;

    public static ClusterWatchdog Start(ServerCommands commands, string clusterDirectory, int ownerProcessId)
    {
        var stop = commands.CommandLine("pg_ctl",
            ["-D", Path.Combine(clusterDirectory, PostgresCluster.DataFolder), "-m", "immediate", "-w", "stop"]);
        // tail --pid returns once the owner is gone (it checks every second).
        var script = $"tail --pid={ownerProcessId} -f /dev/null; {string.Join(' ', stop.Select(Quote))}; rm -rf {Quote(clusterDirectory)}";
        var start = new ProcessStartInfo("setsid")
        {
            // Its own session: a Ctrl+C aimed at the test run must not end it before it has acted.
            ArgumentList = { "sh", "-c", script },
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return new ClusterWatchdog(Process.Start(start) ?? throw new InvalidOperationException("Could not start the cluster watchdog."));
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true); // the shell we started, and its tail
            _process.WaitForExit(5_000);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        _process.Dispose();
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
