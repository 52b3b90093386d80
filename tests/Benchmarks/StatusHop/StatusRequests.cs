using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.Benchmarks.StatusHop;

/// <summary>Status queries for a block of seeded ids, serialized once before anything is measured, and the clients
/// that send them to provider-lighthouse's statuses route: each client takes the next query when its last one was
/// answered (a closed loop), and checks every answer (HTTP 200, one status per id asked, none not found).</summary>
public sealed class StatusRequests
{
    private readonly IReadOnlyList<byte[]> _bodies;
    private readonly IReadOnlyList<int> _sizes;

    private StatusRequests(IReadOnlyList<byte[]> bodies, IReadOnlyList<int> sizes)
    {
        _bodies = bodies;
        _sizes = sizes;
    }

    public int Count => _bodies.Count;

    public static StatusRequests For(SeededRequestIds seeded, int idsPerRequest)
    {
        var bodies = new List<byte[]>();
        var sizes = new List<int>();
        for (var first = seeded.FirstRequestId; first < seeded.FirstRequestId + seeded.Count; first += idsPerRequest)
        {
            var ids = new List<string>(idsPerRequest);
            for (var id = first; id < Math.Min(first + idsPerRequest, seeded.FirstRequestId + seeded.Count); id++)
            {
                ids.Add(id.ToString(CultureInfo.InvariantCulture));
            }
            bodies.Add(JsonSerializer.SerializeToUtf8Bytes(new ProviderStatusQuery(ids), ProviderJson.Default.ProviderStatusQuery));
            sizes.Add(ids.Count);
        }
        return new StatusRequests(bodies, sizes);
    }

    /// <summary>Sends queries <c>0..<paramref name="requests"/>-1</c> with <paramref name="clients"/> clients at once.</summary>
    /// <returns>How many statuses came back, and how many of them were SUCCESS.</returns>
    public async Task<(long Statuses, long Succeeded)> SendAsync(HttpClient provider, int requests, int clients,
        CancellationToken cancellationToken)
    {
        var next = -1;
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            long statuses = 0, succeeded = 0;
            for (var i = Interlocked.Increment(ref next); i < requests; i = Interlocked.Increment(ref next))
            {
                var report = await QueryAsync(provider, i, cancellationToken);
                statuses += report.Statuses.Count;
                succeeded += report.Statuses.Count(s => s.Status == ProviderDocumentStatus.Success);
            }
            return (statuses, succeeded);
        }, cancellationToken)).ToList();
        var results = await Task.WhenAll(workers);
        return (results.Sum(r => r.statuses), results.Sum(r => r.succeeded));
    }

    private async Task<ProviderStatusReport> QueryAsync(HttpClient provider, int index, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(_bodies[index]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await provider.PostAsync(ProviderRoutes.Statuses.TrimStart('/'), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchmarkFailedException($"provider-lighthouse answered HTTP {(int)response.StatusCode} to status query {index}: " +
                await response.Content.ReadAsStringAsync(cancellationToken));
        }
        var report = await response.Content.ReadFromJsonAsync(ProviderJson.Default.ProviderStatusReport, cancellationToken);
        if (report is null || report.Statuses.Count != _sizes[index] || report.NotFound.Count != 0)
        {
            throw new BenchmarkFailedException($"Status query {index} asked for {_sizes[index]} seeded ids and got " +
                $"{report?.Statuses.Count} statuses, {report?.NotFound.Count} not found.");
        }
        return report;
    }
}
