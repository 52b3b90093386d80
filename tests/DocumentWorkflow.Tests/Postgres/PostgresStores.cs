using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Postgres;
using DocumentUploads.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Tests.Postgres;

/// <summary>Makes fresh databases and stores on the shared cluster for one test, and disposes
/// their data sources (connection pools) afterwards.</summary>
internal sealed class PostgresStores(PostgresCluster cluster) : IAsyncDisposable
{
    private readonly List<NpgsqlDataSource> _dataSources = [];

    public Task<string> CreateDatabaseAsync() => cluster.CreateDatabaseAsync();

    public NpgsqlDataSource DataSource(string database)
    {
        var dataSource = NpgsqlDataSource.Create(cluster.ConnectionString(database));
        lock (_dataSources) _dataSources.Add(dataSource);
        return dataSource;
    }

    /// <summary>A store on <paramref name="database"/> with its own pool, not yet initialized.</summary>
    public DocumentStore Store(string database) =>
        new(new PostgresDialect(DataSource(database)), NullLogger<DocumentStore>.Instance);

    /// <summary>A fresh database with the schema applied, its store, and a data source for checks.</summary>
    public async Task<(DocumentStore Store, NpgsqlDataSource Sql)> CreateInitializedAsync()
    {
        var database = await CreateDatabaseAsync();
        var store = Store(database);
        await store.InitializeAsync(CancellationToken.None);
        return (store, DataSource(database));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var dataSource in _dataSources) await dataSource.DisposeAsync();
    }
}
