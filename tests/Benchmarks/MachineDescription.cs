using System.Runtime.InteropServices;

namespace DocumentUploads.Benchmarks;

/// <summary>What the figures were measured on: cores (as nproc counts them), CPU model and OS.</summary>
public sealed record MachineDescription(int Cores, string Cpu, string Os)
{
    private const string KernelRelease = "/proc/sys/kernel/osrelease";

    public static MachineDescription Current() => new(Environment.ProcessorCount, CpuModel(), OsName());

    public override string ToString() => $"{Cores} cores (nproc), {Cpu}, {Os}";

    private static string CpuModel() => ValueOf("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static string OsName()
    {
        var name = ValueOf("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        var kernel = File.Exists(KernelRelease) ? File.ReadAllText(KernelRelease).Trim() : null;
        return kernel is null ? name : $"{name}, kernel {kernel}";
    }

    private static string? ValueOf(string file, string key, char separator)
    {
        if (!File.Exists(file)) return null;
        return File.ReadLines(file)
            .Select(line => line.Split(separator, 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == key)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }
}
