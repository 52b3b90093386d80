using System.Globalization;

namespace DocumentUploads.TestSupport;

/// <summary>Stops a cluster's server (immediate mode: a throwaway cluster needs no clean
/// checkpoint) and deletes its folder.</summary>
internal static class ClusterShutdown
{
    public static async Task StopAndDeleteAsync(ServerCommands commands, string clusterDirectory, CancellationToken cancellationToken)
    {
        var dataDirectory = Path.Combine(clusterDirectory, PostgresCluster.DataFolder);
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (File.Exists(pidFile))
        {
            var stop = await commands.RunServerProgramAsync("pg_ctl",
                ["-D", dataDirectory, "-m", "immediate", "-w", "-t", "30", "stop"], clusterDirectory, cancellationToken);
            if (!stop.Succeeded) KillPostmaster(pidFile);
        }
        DeleteDirectory(clusterDirectory);
    }

    // Last resort when pg_ctl cannot stop it: the postmaster's pid is the pid file's first line.
    // Only a process that is still a postgres server is killed (the pid may have been reused).
    private static void KillPostmaster(string pidFile)
    {
        try
        {
            var pid = int.Parse(File.ReadLines(pidFile).First().Trim(), CultureInfo.InvariantCulture);
            var name = File.ReadAllText($"/proc/{pid}/comm").Trim();
            if (name is not ("postgres" or "postmaster")) return;
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (Exception ex) when (ex is IOException or FormatException or ArgumentException or InvalidOperationException
                                       or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or not ours to kill.
        }
    }

    private static void DeleteDirectory(string directory)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
                return;
            }
            catch (Exception ex) when ((ex is IOException or UnauthorizedAccessException) && attempt < 5)
            {
                Thread.Sleep(100 * attempt); // a just-stopped server may still be removing files
            }
        }
    }
}
