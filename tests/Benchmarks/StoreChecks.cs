using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.Benchmarks;

/// <summary>Checks in the tables that a run really did its work: exactly the completed ones moved, their history
/// written (for the poller), and which rows were written since <c>since</c>: every one for the baseline, which stamps
/// each document it polls as the old system does; only the moved ones for the poller, which writes only what changed
/// (that every document was polled, the cycle's own count says).</summary>
public static class StoreChecks
{
    public static async Task EnsureAllPolledAsync(BenchmarkDatabase store, int documents, int completed, DateTimeOffset since,
        bool expectHistory, CancellationToken cancellationToken, bool writesOnlyChanges = false)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        var problems = new List<string>();
        async Task Expect(string what, long expected, string sql, params (string, object)[] parameters)
        {
            var actual = await connection.ScalarAsync(sql, cancellationToken, parameters);
            if (actual != expected) problems.Add($"{what}: {actual}, expected {expected}");
        }

        await Expect("documents", documents, "SELECT count(*) FROM documents");
        await Expect("completed documents", completed, $"SELECT count(*) FROM documents WHERE status = '{DocumentStatuses.Completed}'");
        await Expect("documents written", writesOnlyChanges ? completed : documents,
            "SELECT count(*) FROM documents WHERE last_polled_at >= @since", ("since", store.TimeValue(since)));
        if (expectHistory)
        {
            await Expect("completed history entries", completed, "SELECT count(*) FROM document_transitions WHERE kind = 'completed'");
            await Expect("history entries", (long)PendingDocumentRows.History.Length * documents + completed,
                "SELECT count(*) FROM document_transitions");
        }
        if (problems.Count > 0) throw new BenchmarkFailedException($"The {store.Name} tables disagree: " + string.Join("; ", problems));
    }
}
