using DocumentUploads.TestSupport;

namespace DocumentUploads.Benchmarks;

/// <summary>Makes the run's stores, each one fresh: a SQLite file in its own folder, or a new
/// database in the run's PostgreSQL cluster.</summary>
public sealed class BenchmarkStores(PostgresCluster? cluster, TempFolder temp)
{
    /// <summary>The cluster's data folder (for its CPU time), or null for SQLite.</summary>
    public string? PostgresDataDirectory => cluster is null ? null : Path.Combine(cluster.ClusterDirectory, "data");

    public async Task<BenchmarkDatabase> CreateAsync(string label) =>
        cluster is null
            ? new SqliteBenchmarkDatabase(temp.Sub(label))
            : await PostgresBenchmarkDatabase.CreateAsync(cluster, label);
}
