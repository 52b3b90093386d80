using System.Diagnostics;

namespace DocumentUploads.Benchmarks;

/// <summary>CPU time used by this process (the in-process workflow) and by each child service:
/// a cheap profile that says which process a cycle's time went to.</summary>
public sealed record CpuTimes(IReadOnlyDictionary<string, TimeSpan> ByProcess)
{
    public const string Workflow = "document-workflow (in-process)";
    public const string Postgres = "postgres (server)";

    /// <param name="postgresDataDirectory">The cluster's data folder, when the store is PostgreSQL.</param>
    public static CpuTimes Read(ProviderProcesses providers, string? postgresDataDirectory)
    {
        using var self = Process.GetCurrentProcess();
        var all = new Dictionary<string, TimeSpan>(providers.CpuTimes()) { [Workflow] = self.TotalProcessorTime };
        if (postgresDataDirectory is not null) all[Postgres] = PostgresServerCpu.Read(postgresDataDirectory);
        return new CpuTimes(all);
    }

    public CpuTimes Since(CpuTimes earlier) => new(ByProcess.ToDictionary(p => p.Key,
        p => p.Value - earlier.ByProcess.GetValueOrDefault(p.Key)));

    public override string ToString() =>
        string.Join(", ", ByProcess.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.TotalSeconds:F1} s"));
}
