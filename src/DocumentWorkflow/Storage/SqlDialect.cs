using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>What really differs between the service's two databases, so each store is written once over
/// ADO.NET and Dapper: how a connection opens and writers queue, how times, ids and lists are stored, the
/// schema's migrations, a few SQL spellings, and the poll page write (set-based on PostgreSQL, where that
/// measured faster). Rows read back through <see cref="StoredValues"/>, which accepts either form.</summary>
public abstract class SqlDialect
{
    // Every store reads snake_case columns into PascalCase row properties.
    static SqlDialect() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs one unit of writing: SQLite queues the writers of a file (see <c>SqliteWriteGate</c>),
    /// PostgreSQL runs them as they come and lets row locks order them.</summary>
    public abstract Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken);

    public Task WriteAsync(Func<Task> write, CancellationToken cancellationToken) => WriteAsync(async () =>
    {
        await write();
        return true;
    }, cancellationToken);

    /// <summary>A time as a parameter: epoch milliseconds on SQLite, a UTC timestamptz on PostgreSQL.</summary>
    public abstract object Time(DateTimeOffset value);

    public object? Time(DateTimeOffset? value) => value is { } time ? Time(time) : null;

    /// <summary>An id as a parameter: text on SQLite, uuid on PostgreSQL.</summary>
    public abstract object Id(Guid id);

    /// <summary>A list as one parameter: JSON text on SQLite, an array on PostgreSQL.</summary>
    public abstract SqlMapper.ICustomQueryParameter List<T>(IReadOnlyCollection<T> values);

    /// <summary>"<paramref name="column"/> is one of the list parameter <paramref name="parameter"/>".</summary>
    public abstract string IsIn(string column, string parameter);

    /// <summary>A text parameter written to a jsonb column (PostgreSQL will not take text there uncast).</summary>
    public abstract string JsonParameter(string parameter);

    /// <summary>A time column as epoch milliseconds, for bucketing the way both databases cut the same edges.</summary>
    public abstract string EpochMilliseconds(string column);

    /// <summary>Written after a table name to make the planner walk <paramref name="index"/> (SQLite's planner
    /// otherwise picks the status index and sorts); PostgreSQL finds the partial index by itself.</summary>
    public abstract string UseIndex(string index);

    /// <summary>Ends a SELECT in a write transaction so racing writers queue on the rows it read (PostgreSQL);
    /// SQLite's write transaction already holds the file's write lock.</summary>
    public abstract string LockRows(string alias);

    /// <summary>A read transaction whose statements all see one snapshot, without taking a write lock.</summary>
    public abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Applies the database's schema scripts that have not run yet.</summary>
    public abstract Task MigrateAsync(ILogger logger, CancellationToken cancellationToken);

    /// <summary>Writes one page of poll results inside <paramref name="transaction"/>: each change only if its
    /// document is still at the expected version, with its history entry, and the last-polled time of
    /// <paramref name="polledSeqs"/>. Returns the changes that applied, in page order.</summary>
    public abstract Task<IReadOnlyList<DocumentChange>> WritePollPageAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<DocumentChange> changes, IReadOnlyList<long> polledSeqs, DateTimeOffset polledAt,
        CancellationToken cancellationToken);
}
