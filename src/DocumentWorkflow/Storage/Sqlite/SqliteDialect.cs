using System.Data;
using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.DocumentWorkflow.Storage.Sqlite;

/// <summary>The embedded database: one SQLite file in WAL mode. Each call opens a pooled connection, so concurrent
/// requests and the poller do not share one; writes queue on the file's <see cref="SqliteWriteGate"/>. Times are
/// epoch milliseconds, ids and lists text.</summary>
public sealed class SqliteDialect(string connectionString) : SqlDialect
{
    private readonly SqliteWriteGate _writes = SqliteWriteGate.For(connectionString);

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public override Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) =>
        _writes.WriteAsync(write, cancellationToken);

    public override object Time(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public override object Id(Guid id) => id.ToString();

    public override SqlMapper.ICustomQueryParameter List<T>(IReadOnlyCollection<T> values) => new JsonListParameter<T>(values);

    public override string IsIn(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    public override string JsonParameter(string parameter) => parameter;

    public override string EpochMilliseconds(string column) => column;

    public override string UseIndex(string index) => $"INDEXED BY {index}";

    public override string LockRows(string alias) => "";

    // Deferred: the snapshot starts at the first read and no write lock is taken (a plain BEGIN here is IMMEDIATE).
    public override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(IsolationLevel.Serializable, deferred: true));

    public override async Task MigrateAsync(ILogger logger, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // WAL lets the poller write while API requests read; it persists in the file.
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL;");
        await new SqlMigrationRunner("Storage.Sqlite.Migrations", logger).ApplyAsync(connection, cancellationToken);
    }

    public override Task<IReadOnlyList<DocumentChange>> WritePollPageAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<DocumentChange> changes, IReadOnlyList<long> polledSeqs, DateTimeOffset polledAt,
        CancellationToken cancellationToken) =>
        SqlitePollPage.WriteAsync((SqliteConnection)connection, (SqliteTransaction)transaction, changes, polledSeqs, polledAt,
            cancellationToken);

    private sealed class JsonListParameter<T>(IReadOnlyCollection<T> values) : SqlMapper.ICustomQueryParameter
    {
        public void AddParameter(IDbCommand command, string name)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = DbType.String;
            parameter.Value = JsonSerializer.Serialize(values);
            command.Parameters.Add(parameter);
        }
    }
}
