using System.Net.Http.Headers;

namespace DocumentUploads.ServiceAuth;

/// <summary>Adds the internal service token to every call to another of our services.</summary>
public sealed class ServiceTokenHandler(ServiceTokenIssuer issuer) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issuer.GetToken());
        return base.SendAsync(request, cancellationToken);
    }
}
