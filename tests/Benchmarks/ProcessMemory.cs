using System.Diagnostics;
using System.Globalization;

namespace DocumentUploads.Benchmarks;

/// <summary>This process's resident memory from <c>/proc/self/status</c>: VmHWM (peak working set)
/// and VmRSS (now), in MB. Elsewhere, <see cref="Process"/>'s figures.</summary>
public static class ProcessMemory
{
    private const string Status = "/proc/self/status";

    /// <summary>Resets the kernel's peak mark (5 into /proc/self/clear_refs), so the next peak
    /// reading covers only what runs after; false where that is not supported.</summary>
    public static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static double PeakMegabytes() => ReadKilobytes(Status, "VmHWM:") is { } kb ? kb / 1024.0 : Megabytes(Current().PeakWorkingSet64);

    public static double CurrentMegabytes() => ReadKilobytes(Status, "VmRSS:") is { } kb ? kb / 1024.0 : Megabytes(Current().WorkingSet64);

    /// <summary>Another process's peak resident memory over its life so far (VmHWM), in MB; null once it exited.</summary>
    public static double? PeakMegabytesOf(int pid) => ReadKilobytes($"/proc/{pid}/status", "VmHWM:") is { } kb ? kb / 1024.0 : null;

    private static Process Current()
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        return process;
    }

    private static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);

    private static long? ReadKilobytes(string statusFile, string field)
    {
        string? line;
        try
        {
            line = File.ReadLines(statusFile).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // not Linux, or the process exited
        }
        var number = line?[field.Length..].Trim().Split(' ')[0];
        return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : null;
    }
}
