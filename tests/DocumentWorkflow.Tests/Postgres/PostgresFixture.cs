using DocumentUploads.TestSupport;

namespace DocumentUploads.DocumentWorkflow.Tests.Postgres;

/// <summary>One throwaway cluster for every PostgreSQL test in this assembly. If the server
/// programs are missing, starting it fails, and so does every test in the collection, with the
/// install hint (they are never skipped silently).</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresCluster? _cluster;

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The PostgreSQL cluster is not started.");

    public async Task InitializeAsync() => _cluster = await PostgresCluster.StartAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}
