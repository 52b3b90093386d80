namespace DocumentUploads.Benchmarks;

/// <summary>The 1-minute load average (<c>/proc/loadavg</c>): printed with the figures, because
/// other work on a 2-core machine changes them a lot.</summary>
public static class LoadAverage
{
    private const string File = "/proc/loadavg";

    public static string OneMinute() => System.IO.File.Exists(File) ? System.IO.File.ReadAllText(File).Split(' ')[0] : "n/a";
}
