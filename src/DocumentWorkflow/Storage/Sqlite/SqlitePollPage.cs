using System.Text.Json;
using DocumentUploads.DocumentWorkflow.Domain;
using Microsoft.Data.Sqlite;

namespace DocumentUploads.DocumentWorkflow.Storage.Sqlite;

/// <summary>The poll page write on SQLite: prepared statements reused across the page (a round trip is a function
/// call here), and one statement for the last-polled stamps.</summary>
internal static class SqlitePollPage
{
    public static async Task<IReadOnlyList<DocumentChange>> WriteAsync(SqliteConnection connection, SqliteTransaction transaction,
        IReadOnlyList<DocumentChange> changes, IReadOnlyList<long> polledSeqs, DateTimeOffset polledAt,
        CancellationToken cancellationToken)
    {
        var at = polledAt.ToUnixTimeMilliseconds();
        var applied = await UpdateChangedAsync(connection, transaction, changes, at, cancellationToken);
        await InsertTransitionsAsync(connection, transaction, applied, cancellationToken);
        await MarkPolledAsync(connection, transaction, polledSeqs, at, cancellationToken);
        return applied;
    }

    // Each change applies only if the document is still at its expected version.
    private static async Task<List<DocumentChange>> UpdateChangedAsync(SqliteConnection connection, SqliteTransaction transaction,
        IReadOnlyList<DocumentChange> changes, long at, CancellationToken cancellationToken)
    {
        var applied = new List<DocumentChange>(changes.Count);
        if (changes.Count == 0) return applied;
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """
            UPDATE documents
            SET status = $status, step = $step, error = $error, updated_at = $at, last_polled_at = $at, version = version + 1
            WHERE seq = $seq AND version = $version
            """;
        var status = update.Parameters.Add("$status", SqliteType.Text);
        var step = update.Parameters.Add("$step", SqliteType.Text);
        var error = update.Parameters.Add("$error", SqliteType.Text);
        update.Parameters.AddWithValue("$at", at);
        var seq = update.Parameters.Add("$seq", SqliteType.Integer);
        var version = update.Parameters.Add("$version", SqliteType.Integer);
        foreach (var change in changes)
        {
            var t = change.Transition;
            status.Value = t.To.ToStatus();
            step.Value = (object?)t.Step ?? DBNull.Value;
            error.Value = (object?)DocumentErrors.For(t) ?? DBNull.Value;
            seq.Value = change.Seq;
            version.Value = change.ExpectedVersion;
            if (await update.ExecuteNonQueryAsync(cancellationToken) == 1) applied.Add(change);
        }
        return applied;
    }

    private static async Task InsertTransitionsAsync(SqliteConnection connection, SqliteTransaction transaction,
        IReadOnlyList<DocumentChange> applied, CancellationToken cancellationToken)
    {
        if (applied.Count == 0) return;
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = DocumentStore.InsertTransitionSql;
        var seq = insert.Parameters.Add("@Seq", SqliteType.Integer);
        var from = insert.Parameters.Add("@From", SqliteType.Text);
        var fromStep = insert.Parameters.Add("@FromStep", SqliteType.Text);
        var to = insert.Parameters.Add("@To", SqliteType.Text);
        var step = insert.Parameters.Add("@Step", SqliteType.Text);
        var detail = insert.Parameters.Add("@Detail", SqliteType.Text);
        var providerStatus = insert.Parameters.Add("@ProviderStatus", SqliteType.Text);
        var kind = insert.Parameters.Add("@Kind", SqliteType.Text);
        var at = insert.Parameters.Add("@At", SqliteType.Integer);
        foreach (var change in applied)
        {
            var t = change.Transition;
            seq.Value = change.Seq;
            from.Value = (object?)t.From?.ToStatus() ?? DBNull.Value;
            fromStep.Value = (object?)t.FromStep ?? DBNull.Value;
            to.Value = t.To.ToStatus();
            step.Value = (object?)t.Step ?? DBNull.Value;
            detail.Value = (object?)t.Detail ?? DBNull.Value;
            providerStatus.Value = (object?)t.ProviderStatus ?? DBNull.Value;
            kind.Value = TransitionKinds.ToName(t.Kind);
            at.Value = t.At.ToUnixTimeMilliseconds();
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // One statement for the whole page: the seqs go in as a JSON array, unpacked by json_each.
    private static async Task MarkPolledAsync(SqliteConnection connection, SqliteTransaction transaction,
        IReadOnlyList<long> polledSeqs, long at, CancellationToken cancellationToken)
    {
        if (polledSeqs.Count == 0) return;
        await using var touch = connection.CreateCommand();
        touch.Transaction = transaction;
        touch.CommandText = "UPDATE documents SET last_polled_at = $at WHERE seq IN (SELECT value FROM json_each($seqs))";
        touch.Parameters.AddWithValue("$at", at);
        touch.Parameters.AddWithValue("$seqs", JsonSerializer.Serialize(polledSeqs));
        await touch.ExecuteNonQueryAsync(cancellationToken);
    }
}
