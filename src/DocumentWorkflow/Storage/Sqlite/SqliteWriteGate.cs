using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace DocumentUploads.DocumentWorkflow.Storage.Sqlite;

/// <summary>One writer at a time per SQLite file in this process, shared by every store on the file. SQLite takes
/// one writer anyway; a second one gets SQLITE_BUSY, which Microsoft.Data.Sqlite retries by blocking its thread in
/// 150 ms sleeps. Concurrent uploads (a key reserved while another document registers) stalled 150-600 ms that way
/// (the upload benchmark's p99); here writers queue asynchronously instead. Another process on the same file still
/// meets the driver's retry.</summary>
public sealed class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _semaphore = new(1, 1);

    private SqliteWriteGate()
    {
    }

    /// <summary>The gate of the file <paramref name="connectionString"/> opens.</summary>
    public static SqliteWriteGate For(string connectionString) =>
        Gates.GetOrAdd(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource), _ => new SqliteWriteGate());

    public async Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _semaphore.Release();
        }
    }

    public Task WriteAsync(Func<Task> write, CancellationToken cancellationToken) => WriteAsync(async () =>
    {
        await write();
        return true;
    }, cancellationToken);
}
