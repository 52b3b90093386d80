using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DocumentUploads.DocumentWorkflow.Storage.Postgres;

/// <summary>The server database: PostgreSQL through one pooled <see cref="NpgsqlDataSource"/>, shared by all
/// replicas. Times are timestamptz, ids uuid, lists arrays; poll pages are written set-based
/// (<see cref="PollResultsBatch"/>).</summary>
public sealed class PostgresDialect(NpgsqlDataSource dataSource) : SqlDialect
{
    /// <summary>Advisory lock key held while migrating, so replicas starting together take turns.
    /// Advisory locks are per database, so this only serializes migrations of the same database.</summary>
    private const long MigrationLockKey = 0x0D0C_F10F_5C4E_4D41;

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public override Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) => write();

    public override object Time(DateTimeOffset value) => PostgresTimes.Write(value);

    public override object Id(Guid id) => id;

    public override SqlMapper.ICustomQueryParameter List<T>(IReadOnlyCollection<T> values) => new ArrayParameter<T>([.. values]);

    public override string IsIn(string column, string parameter) => $"{column} = ANY({parameter})";

    public override string JsonParameter(string parameter) => $"{parameter}::jsonb";

    public override string EpochMilliseconds(string column) => $"floor(extract(epoch FROM {column}) * 1000)::bigint";

    public override string UseIndex(string index) => "";

    public override string LockRows(string alias) => $"FOR UPDATE OF {alias}";

    public override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    public override async Task MigrateAsync(ILogger logger, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // A session lock spans the runner's per-script transactions; a second replica waits here
        // and then finds every script already recorded. It asks again every 200 ms instead of waiting
        // inside pg_advisory_lock: a statement waiting that way holds a snapshot, which CREATE INDEX
        // CONCURRENTLY (migration 010) waits for while the waiter waits for it, a deadlock.
        while (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT pg_try_advisory_lock(@key)",
                   new { key = MigrationLockKey }, cancellationToken: cancellationToken)))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
        try
        {
            await new SqlMigrationRunner("Storage.Postgres.Migrations", logger).ApplyAsync(connection, cancellationToken);
        }
        finally
        {
            // Closing the session would release it too; unlock explicitly so the pooled connection is clean.
            if (connection.State == ConnectionState.Open)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey });
            }
        }
    }

    public override async Task<IReadOnlyList<DocumentChange>> WritePollPageAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<DocumentChange> changes, IReadOnlyList<long> polledSeqs, DateTimeOffset polledAt,
        CancellationToken cancellationToken)
    {
        var applied = new List<DocumentChange>(changes.Count);
        await using var batch = PollResultsBatch.Create((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, changes,
            polledSeqs, polledAt);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (changes.Count == 0) return applied;
        var positions = new List<long>(changes.Count);
        while (await reader.ReadAsync(cancellationToken)) positions.Add(reader.GetInt64(0));
        positions.Sort(); // RETURNING order is unspecified; report applied changes in page order
        applied.AddRange(positions.Select(ord => changes[(int)ord - 1]));
        return applied;
    }

    private sealed class ArrayParameter<T>(T[] values) : SqlMapper.ICustomQueryParameter
    {
        public void AddParameter(IDbCommand command, string name) =>
            command.Parameters.Add(new NpgsqlParameter<T[]>(name, values));
    }
}
