using System.Net.Http.Json;
using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.UploadApi.Routing;

/// <summary>Asks a provider service whether it holds a claim and whose it is.</summary>
public sealed class ClaimOwnershipClient(IHttpClientFactory httpClientFactory)
{
    /// <exception cref="HttpRequestException">The provider could not answer.</exception>
    public async Task<ProviderClaimOwnership> AskAsync(string provider, string claimId, string participantId,
        CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(ProviderIds.ServiceAppId(provider));
        var path = ProviderRoutes.Ownership.TrimStart('/').Replace("{claimId}", Uri.EscapeDataString(claimId), StringComparison.Ordinal);
        return await client.GetFromJsonAsync<ProviderClaimOwnership>(
                   $"{path}?participantId={Uri.EscapeDataString(participantId)}", cancellationToken)
               ?? throw new HttpRequestException($"{provider} gave an empty ownership answer.");
    }
}
