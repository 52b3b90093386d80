using System.Diagnostics;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>Last line of defence against orphans: whatever child is still alive when this process
/// exits (a test host that never disposed its application) is killed with its process tree.</summary>
internal static class ChildProcessRegistry
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<Process> Live = [];

    static ChildProcessRegistry() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    public static void Add(Process process)
    {
        lock (Gate) Live.Add(process);
    }

    public static void Remove(Process process)
    {
        lock (Gate) Live.Remove(process);
    }

    private static void KillAll()
    {
        Process[] remaining;
        lock (Gate) remaining = [.. Live];
        foreach (var process in remaining)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or ObjectDisposedException)
            {
                // Already gone.
            }
        }
    }
}
