using System.Data.Common;
using DocumentUploads.DocumentWorkflow.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.Benchmarks;

/// <summary>One document store the benchmark fills and checks directly in its tables (outside the
/// service's API, so seeding costs no HTTP and is never part of a measurement).</summary>
public abstract class BenchmarkDatabase : IAsyncDisposable
{
    /// <summary>Seeded documents were registered this long before the benchmark (well within every
    /// polling deadline, so the only transitions are the simulator's completions).</summary>
    public static readonly TimeSpan DocumentAge = TimeSpan.FromHours(1);

    /// <summary><c>sqlite</c> or <c>postgres</c>, as in the JSON line.</summary>
    public abstract string Name { get; }

    /// <summary>Configuration that points document-workflow at this store.</summary>
    public abstract IReadOnlyList<string> WorkflowArgs { get; }

    /// <summary>How the service reaches this database (same connection string, same forms of times and ids).</summary>
    protected abstract SqlDialect Dialect { get; }

    /// <summary>Creates the schema with the service's own store class and migration scripts.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken) =>
        new DocumentStore(Dialect, NullLogger<DocumentStore>.Instance).InitializeAsync(cancellationToken);

    /// <summary>Inserts <paramref name="count"/> in-progress Lighthouse documents whose provider
    /// request ids are <paramref name="firstRequestId"/>.. in seq order, each with its history.</summary>
    public abstract Task InsertPendingDocumentsAsync(long firstRequestId, int count, DateTimeOffset createdAt,
        CancellationToken cancellationToken);

    /// <summary>Inserts <paramref name="count"/> finished documents (nine in ten completed, one in ten failed) last changed
    /// at <paramref name="finishedAt"/>, each with three history rows, for the purge benchmark. Their provider request ids
    /// start with <see cref="FinishedRequestIdPrefix"/>.</summary>
    public abstract Task InsertFinishedDocumentsAsync(int count, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    public const string FinishedRequestIdPrefix = "finished-";

    /// <summary>Puts the pending documents a cycle since <paramref name="since"/> completed back as seeded (in progress,
    /// version 1, last changed at <paramref name="progressedAt"/>) and deletes that cycle's history, so the next cycle
    /// does exactly the same work.</summary>
    public async Task UndoPollCycleAsync(DateTimeOffset since, DateTimeOffset progressedAt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var (sinceValue, progressed) = (TimeValue(since), TimeValue(progressedAt));
        await connection.ExecuteAsync("DELETE FROM document_transitions WHERE at >= @since", cancellationToken, ("since", sinceValue));
        await connection.ExecuteAsync($"""
            UPDATE documents SET status = '{PendingDocumentRows.Status}', step = '{PendingDocumentRows.Step}', error = NULL,
                                 updated_at = @progressed, last_polled_at = @progressed, version = {PendingDocumentRows.Version}
            WHERE updated_at >= @since
            """, cancellationToken, ("since", sinceValue), ("progressed", progressed));
    }

    /// <summary>A connection like the service's own (same connection string), for checks and the baseline.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await Dialect.OpenAsync(cancellationToken);

    /// <summary>A time as this store keeps it: epoch milliseconds in SQLite, timestamptz in PostgreSQL.</summary>
    public object TimeValue(DateTimeOffset at) => Dialect.Time(at);

    /// <summary>The store's size on disk, for the report (growth shows what a cycle writes).</summary>
    public abstract Task<string> DescribeSizeAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}
