using System.Globalization;

namespace DocumentUploads.Benchmarks;

/// <summary>CPU time of a PostgreSQL server: the postmaster, the children it has reaped
/// (cutime/cstime) and those still running, from /proc. Backends share the benchmark's two cores,
/// so their time belongs in the where-did-the-time-go lines.</summary>
public static class PostgresServerCpu
{
    // USER_HZ: /proc/*/stat counts in these ticks on every Linux the benchmark runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan Read(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).First(), CultureInfo.InvariantCulture, out var postmaster))
        {
            return TimeSpan.Zero;
        }
        long ticks = 0;
        if (Stat(postmaster) is { } own) ticks += own.UserTicks + own.SystemTicks + own.ChildUserTicks + own.ChildSystemTicks;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var pid)) continue;
            if (Stat(pid) is { } child && child.ParentPid == postmaster) ticks += child.UserTicks + child.SystemTicks;
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static (int ParentPid, long UserTicks, long SystemTicks, long ChildUserTicks, long ChildSystemTicks)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // it exited
        }
        // Fields after the parenthesised command name (which may hold spaces): state ppid ... utime(14) stime cutime cstime.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return ((int)Field(4), Field(14), Field(15), Field(16), Field(17));
    }
}
