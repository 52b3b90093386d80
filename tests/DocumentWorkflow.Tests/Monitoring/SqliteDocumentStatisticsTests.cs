using DocumentUploads.DocumentWorkflow.Monitoring;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Monitoring;

public sealed class SqliteDocumentStatisticsTests : DocumentStatisticsContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("du-stats-").FullName;

    protected override async Task<(IDocumentStore, IDocumentStatistics)> CreateAsync()
    {
        var connectionString = SqliteConnectionStrings.ForDataDirectory(Path.Combine(_directory, Guid.NewGuid().ToString("N")));
        var store = new DocumentStore(new SqliteDialect(connectionString), NullLogger<DocumentStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return (store, new DocumentStatistics(new SqliteDialect(connectionString)));
    }

    [Fact]
    public async Task The_stuck_counts_read_only_the_stuck_range_of_the_status_and_creation_index()
    {
        var plan = await SqliteQueryPlan.OfAsync(Path.Combine(_directory, "plan"), DocumentStatisticsSql.StuckCounts,
            new Dictionary<string, object> { ["@warning"] = 0L, ["@critical"] = 0L });
        // Both counts: a covering range (status=? AND created_at<?), never a visit of every pending row.
        Assert.Equal(2, plan.Count(p => p.Contains("COVERING INDEX ix_documents_status_created (status=? AND created_at<?)",
            StringComparison.Ordinal)));
        Assert.DoesNotContain(plan, p => p.StartsWith("SCAN documents", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
