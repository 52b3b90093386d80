using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ServiceDefaults.Resilience;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using DocumentUploads.Telemetry;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>Calls a provider service's bulk status route through the provider contract's client (a read,
/// retried on transient failures by the standard resilience handler).</summary>
public sealed class ProviderStatusClient(ServiceClients<IProviderApi> providers, ProviderCallMetrics metrics) : IProviderStatusClient
{
    private const string Operation = "status";

    public async Task<ProviderStatusReport> QueryAsync(string provider, IReadOnlyList<string> requestIds,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var report = await QueryCoreAsync(provider, requestIds, cancellationToken);
            metrics.Record(provider, Operation, CallOutcomes.Success, started);
            return report;
        }
        catch (ProviderCallException ex)
        {
            metrics.Record(provider, Operation, CallOutcomes.Failed, started, ErrorType(ex));
            throw;
        }
    }

    public async Task<int?> MaxIdsPerRequestAsync(string provider, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await providers.For(ProviderIds.ServiceAppId(provider)).DescribeAsync(cancellationToken);
            if (!response.IsSuccessStatusCode) return null;
            var description = await response.Content.ReadFromJsonAsync(ProviderJson.Default.ProviderDescription, cancellationToken);
            return description?.MaxIdsPerStatusRequest is > 0 and var maximum ? maximum : null;
        }
        catch (Exception ex) when (ServiceCallFailures.IsUnreachable(ex) || ex is TimeoutException or JsonException)
        {
            return null;
        }
    }

    private async Task<ProviderStatusReport> QueryCoreAsync(string provider, IReadOnlyList<string> requestIds,
        CancellationToken cancellationToken)
    {
        var client = providers.For(ProviderIds.ServiceAppId(provider));
        HttpResponseMessage response;
        try
        {
            response = await client.QueryStatusesAsync(new ProviderStatusQuery(requestIds), cancellationToken);
        }
        catch (Exception ex) when (ServiceCallFailures.IsUnreachable(ex) || ex is TimeoutException)
        {
            throw new ProviderCallException(provider, ex.GetType().Name, ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var error = await TryReadErrorAsync(response, cancellationToken);
                throw new ProviderCallException(provider, $"HTTP {(int)response.StatusCode} {error}".TrimEnd());
            }
            try
            {
                return await response.Content.ReadFromJsonAsync(ProviderJson.Default.ProviderStatusReport, cancellationToken)
                       ?? throw new ProviderCallException(provider, "empty answer");
            }
            catch (JsonException ex)
            {
                throw new ProviderCallException(provider, "answer is not valid JSON", ex);
            }
        }
    }

    // A low-cardinality error.type: the status code, the transport exception's type, or "invalid_answer".
    private static string ErrorType(ProviderCallException ex) =>
        ex.InnerException is { } inner and not JsonException ? inner.GetType().Name
        : ex.Reason.StartsWith("HTTP ", StringComparison.Ordinal) ? ex.Reason.Split(' ')[1]
        : "invalid_answer";

    private static async Task<string?> TryReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return (await response.Content.ReadFromJsonAsync<ProviderError>(cancellationToken))?.Code;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
