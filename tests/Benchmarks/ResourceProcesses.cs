using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;

namespace DocumentUploads.Benchmarks;

/// <summary>The processes behind a running Aspire app's resources, for CPU and memory figures.</summary>
public static class ResourceProcesses
{
    /// <summary>The process id of <paramref name="resource"/>, or null when it has none (not started, exited). A project
    /// runs under <c>dotnet run</c>: its own process is the launcher's service child; an executable is its own.</summary>
    public static int? ProcessIdOf(DistributedApplication app, string resource, bool isProject = true) =>
        app.ResourceNotifications.TryGetCurrentState(resource, out var state)
        && state.Snapshot.Properties.SingleOrDefault(p => p.Name == "executable.pid")?.Value is { } raw
            ? isProject ? TestSupport.ServiceProcess.Of(Convert.ToInt32(raw, CultureInfo.InvariantCulture)) : Convert.ToInt32(raw, CultureInfo.InvariantCulture)
            : null;

    /// <summary>CPU time the process has used so far; zero once it exited.</summary>
    public static TimeSpan CpuTimeOf(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.TotalProcessorTime;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return TimeSpan.Zero; // it exited
        }
    }
}
