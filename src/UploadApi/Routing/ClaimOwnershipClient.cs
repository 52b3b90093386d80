using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using DocumentUploads.Telemetry;

namespace DocumentUploads.UploadApi.Routing;

/// <summary>Asks a provider service whether it holds a claim and whose it is.</summary>
public sealed class ClaimOwnershipClient(ServiceClients<IProviderApi> providers, ProviderCallMetrics metrics)
{
    /// <exception cref="HttpRequestException">The provider could not answer.</exception>
    public async Task<ProviderClaimOwnership> AskAsync(string provider, string claimId, string participantId,
        CancellationToken cancellationToken)
    {
        var client = providers.For(ProviderIds.ServiceAppId(provider));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.GetClaimOwnershipAsync(claimId, participantId, cancellationToken);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync(ProviderJson.Default.ProviderClaimOwnership, cancellationToken)
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
