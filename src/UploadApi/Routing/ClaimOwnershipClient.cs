using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ServiceDefaults.Telemetry;

namespace DocumentUploads.UploadApi.Routing;

/// <summary>Asks a provider service whether it holds a claim and whose it is.</summary>
public sealed class ClaimOwnershipClient(IHttpClientFactory httpClientFactory, ProviderCallMetrics metrics)
{
    /// <exception cref="HttpRequestException">The provider could not answer.</exception>
    public async Task<ProviderClaimOwnership> AskAsync(string provider, string claimId, string participantId,
        CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(ProviderIds.ServiceAppId(provider));
        var path = ProviderRoutes.Ownership.TrimStart('/').Replace("{claimId}", Uri.EscapeDataString(claimId), StringComparison.Ordinal);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var answer = await client.GetFromJsonAsync<ProviderClaimOwnership>(
                             $"{path}?participantId={Uri.EscapeDataString(participantId)}", cancellationToken)
                         ?? throw new HttpRequestException($"{provider} gave an empty ownership answer.");
            metrics.Record(provider, "ownership", CallOutcomes.Success, started);
            return answer;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var errorType = ex is HttpRequestException { StatusCode: { } status }
                ? ((int)status).ToString(CultureInfo.InvariantCulture)
                : ex.GetType().Name;
            metrics.Record(provider, "ownership", CallOutcomes.Failed, started, errorType);
            throw;
        }
    }
}
