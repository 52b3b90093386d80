using System.Diagnostics;
using System.Globalization;

namespace DocumentUploads.TestSupport;

/// <summary>The test process that made a cluster folder, written to <c>owner.pid</c> in it as
/// "pid start-time-ticks" (the start time tells a live owner from a reused pid).</summary>
internal sealed record ClusterOwner(int ProcessId, long StartTicks)
{
    public const string FileName = "owner.pid";

    public static ClusterOwner Current()
    {
        using var self = Process.GetCurrentProcess();
        return new ClusterOwner(self.Id, self.StartTime.ToUniversalTime().Ticks);
    }

    public void WriteTo(string clusterDirectory) =>
        File.WriteAllText(Path.Combine(clusterDirectory, FileName),
            string.Create(CultureInfo.InvariantCulture, $"{ProcessId} {StartTicks}"));

    public static ClusterOwner? ReadFrom(string clusterDirectory)
    {
        try
        {
            var parts = File.ReadAllText(Path.Combine(clusterDirectory, FileName)).Split(' ');
            return new ClusterOwner(int.Parse(parts[0], CultureInfo.InvariantCulture),
                long.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    public bool IsAlive()
    {
        try
        {
            using var process = Process.GetProcessById(ProcessId);
            // Start times are derived from clock ticks since boot; allow for rounding.
            return Math.Abs(process.StartTime.ToUniversalTime().Ticks - StartTicks) < TimeSpan.TicksPerSecond;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false; // no such process any more
        }
    }
}
