using DocumentUploads.DocumentWorkflow.Domain;
using Npgsql;
using NpgsqlTypes;

namespace DocumentUploads.DocumentWorkflow.Storage.Postgres;

/// <summary>Builds the page write: at most two statements whatever the page size, with the changes
/// shipped as parallel arrays and unnested server-side instead of one statement per document.</summary>
internal static class PollResultsBatch
{
    // Moves every document still at its expected version (optimistic concurrency), appends history
    // for exactly those, and returns their positions in the page so the caller learns which applied.
    private const string ApplyChangesSql = """
        WITH changes AS (
            SELECT * FROM unnest(@seqs, @versions, @statuses, @steps, @errors, @from_statuses, @from_steps, @details,
                                 @provider_statuses, @kinds, @ats)
                WITH ORDINALITY AS c (seq, version, status, step, error, from_status, from_step, detail,
                                      provider_status, kind, at, ord)
        ),
        applied AS (
            UPDATE documents d
            SET status = c.status, step = c.step, error = c.error, updated_at = @polled_at, last_polled_at = @polled_at,
                version = d.version + 1
            FROM changes c
            WHERE d.seq = c.seq AND d.version = c.version
            RETURNING c.*
        ),
        history AS (
            INSERT INTO document_transitions (document_seq, from_status, from_step, to_status, step, detail, provider_status, kind, at)
            SELECT seq, from_status, from_step, status, step, detail, provider_status, kind, at FROM applied ORDER BY ord
        )
        SELECT ord FROM applied
        """;

    // Runs after the changes in the same transaction: documents they moved already carry this
    // time, so skipping them avoids writing a second row version for nothing.
    private const string MarkPolledSql = """
        UPDATE documents SET last_polled_at = @polled_at
        WHERE seq = ANY(@polled) AND last_polled_at IS DISTINCT FROM @polled_at
        """;

    public static NpgsqlBatch Create(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<DocumentChange> changes, IReadOnlyList<long> polledSeqs, DateTimeOffset polledAt)
    {
        var batch = new NpgsqlBatch(connection, transaction);
        var at = PostgresTimes.Write(polledAt);
        if (changes.Count > 0) batch.BatchCommands.Add(ApplyChanges(changes, at));
        if (polledSeqs.Count > 0)
        {
            var markPolled = new NpgsqlBatchCommand(MarkPolledSql);
            markPolled.Parameters.Add(new NpgsqlParameter<long[]>("polled", polledSeqs.ToArray()));
            markPolled.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("polled_at", at));
            batch.BatchCommands.Add(markPolled);
        }
        return batch;
    }

    private static NpgsqlBatchCommand ApplyChanges(IReadOnlyList<DocumentChange> changes, DateTimeOffset polledAt)
    {
        var n = changes.Count;
        var seqs = new long[n];
        var versions = new long[n];
        var statuses = new string[n];
        var steps = new string?[n];
        var errors = new string?[n];
        var fromStatuses = new string?[n];
        var fromSteps = new string?[n];
        var details = new string?[n];
        var providerStatuses = new string?[n];
        var kinds = new string[n];
        var ats = new DateTimeOffset[n];
        for (var i = 0; i < n; i++)
        {
            var (change, t) = (changes[i], changes[i].Transition);
            seqs[i] = change.Seq;
            versions[i] = change.ExpectedVersion;
            statuses[i] = t.To.ToStatus();
            steps[i] = t.Step;
            errors[i] = DocumentErrors.For(t);
            fromStatuses[i] = t.From?.ToStatus();
            fromSteps[i] = t.FromStep;
            details[i] = t.Detail;
            providerStatuses[i] = t.ProviderStatus;
            kinds[i] = TransitionKinds.ToName(t.Kind);
            ats[i] = PostgresTimes.Write(t.At);
        }

        var command = new NpgsqlBatchCommand(ApplyChangesSql);
        command.Parameters.Add(new NpgsqlParameter<long[]>("seqs", seqs));
        command.Parameters.Add(new NpgsqlParameter<long[]>("versions", versions));
        command.Parameters.Add(TextArray("statuses", statuses));
        command.Parameters.Add(TextArray("steps", steps));
        command.Parameters.Add(TextArray("errors", errors));
        command.Parameters.Add(TextArray("from_statuses", fromStatuses));
        command.Parameters.Add(TextArray("from_steps", fromSteps));
        command.Parameters.Add(TextArray("details", details));
        command.Parameters.Add(TextArray("provider_statuses", providerStatuses));
        command.Parameters.Add(TextArray("kinds", kinds));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("ats", ats)
            { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("polled_at", polledAt));
        return command;
    }

    private static NpgsqlParameter<string?[]> TextArray(string name, string?[] values) =>
        new(name, values) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };
}
