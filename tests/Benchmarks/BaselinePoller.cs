using System.Data.Common;
using System.Net.Http.Json;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Domain;

namespace DocumentUploads.Benchmarks;

/// <summary>Polls the way the system being replaced does: one thread walks the pending rows in
/// batches of 1000 (like ActiveRecord's find_each), asks the provider for 100 ids per status call,
/// and for each status it gets back looks the document up and updates it, each statement on its
/// own (autocommit), nothing in bulk. Same provider route, same client, same tables.</summary>
public sealed class BaselinePoller(DbConnection connection, HttpClient provider, Func<DateTimeOffset, object> timeValue)
{
    public const int FindEachBatchSize = 1000;
    public const int IdsPerStatusCall = 100;

    /// <summary>Returns how many documents it updated.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var page = Command($"""
            SELECT * FROM documents
            WHERE seq > @after AND status IN ('{DocumentStatuses.Submitted}', '{DocumentStatuses.InProgress}', '{DocumentStatuses.TimedOut}')
            ORDER BY seq LIMIT {FindEachBatchSize}
            """, "after");
        await using var lookup = Command(
            $"SELECT seq, status, step FROM documents WHERE provider = '{ProviderIds.Lighthouse}' AND provider_request_id = @id", "id");
        await using var update = Command(
            "UPDATE documents SET status = @status, step = @step, last_polled_at = @at WHERE seq = @seq", "status", "step", "at", "seq");

        long after = 0;
        var updated = 0;
        while (true)
        {
            var batch = await ReadPageAsync(page, after, cancellationToken);
            if (batch.Count == 0) return updated;
            after = batch[^1].Seq;
            foreach (var ids in batch.Chunk(IdsPerStatusCall))
            {
                var report = await QueryStatusesAsync([.. ids.Select(d => d.RequestId)], cancellationToken);
                foreach (var status in report.Statuses)
                {
                    lookup.Parameters["id"].Value = status.RequestId;
                    (long Seq, string Status, string? Step)? found = null;
                    await using (var reader = await lookup.ExecuteReaderAsync(cancellationToken))
                    {
                        if (await reader.ReadAsync(cancellationToken))
                        {
                            found = (reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                        }
                    }
                    if (found is not { } document) continue;

                    var (newStatus, newStep) = Next(status, document.Status, document.Step);
                    update.Parameters["status"].Value = newStatus;
                    update.Parameters["step"].Value = (object?)newStep ?? DBNull.Value;
                    update.Parameters["at"].Value = timeValue(DateTimeOffset.UtcNow);
                    update.Parameters["seq"].Value = document.Seq;
                    await update.ExecuteNonQueryAsync(cancellationToken);
                    updated++;
                }
            }
        }
    }

    private static async Task<List<(long Seq, string RequestId)>> ReadPageAsync(DbCommand page, long after,
        CancellationToken cancellationToken)
    {
        page.Parameters["after"].Value = after;
        var batch = new List<(long, string)>(FindEachBatchSize);
        await using var reader = await page.ExecuteReaderAsync(cancellationToken);
        var seq = reader.GetOrdinal("seq");
        var requestId = reader.GetOrdinal("provider_request_id");
        while (await reader.ReadAsync(cancellationToken)) batch.Add((reader.GetInt64(seq), reader.GetString(requestId)));
        return batch;
    }

    private async Task<ProviderStatusReport> QueryStatusesAsync(List<string> requestIds, CancellationToken cancellationToken)
    {
        using var response = await provider.PostAsJsonAsync(ProviderRoutes.Statuses.TrimStart('/'),
            new ProviderStatusQuery(requestIds), cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<ProviderStatusReport>(cancellationToken)
               ?? throw new BenchmarkFailedException("provider-lighthouse answered a status call with nothing.");
    }

    private static (string Status, string? Step) Next(ProviderDocumentStatus status, string currentStatus, string? currentStep) =>
        ProviderStatusMapper.Map(status) switch
        {
            ProviderObservation.InProgress progress => (DocumentStatuses.InProgress, progress.Step),
            ProviderObservation.Succeeded => (DocumentStatuses.Completed, null),
            ProviderObservation.Failed failed => (DocumentStatuses.Failed, failed.Step),
            _ => (currentStatus, currentStep),
        };

    private DbCommand Command(string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
