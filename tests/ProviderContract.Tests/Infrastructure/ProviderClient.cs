using System.Net.Http.Headers;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using Refit;

namespace DocumentUploads.ProviderContract.Tests.Infrastructure;

/// <summary>Calls a provider service's contract routes through <see cref="IProviderApi"/>, the generated client
/// upload-api and document-workflow use, as each kind of <see cref="Caller"/>.</summary>
public sealed class ProviderClient : IDisposable
{
    private readonly HttpClient _raw;
    private readonly Dictionary<Caller, (HttpClient Http, IProviderApi Api)> _callers;

    public ProviderClient(HttpClient http)
    {
        _raw = http;
        _callers = new Dictionary<Caller, string?>
        {
            [Caller.Service] = TestTokens.Service(),
            [Caller.User] = TestTokens.User(),
            [Caller.Anonymous] = null,
        }.ToDictionary(c => c.Key, c =>
        {
            var client = new HttpClient(new BearerTokenHandler(c.Value) { InnerHandler = new SocketsHttpHandler() })
            {
                BaseAddress = http.BaseAddress,
                Timeout = http.Timeout,
            };
            return (client, RestService.ForGenerated<IProviderApi>(client, ProviderJson.Default, ServiceClientSettings.Create()));
        });
    }

    public Task<HttpResponseMessage> DescribeAsync(Caller caller = Caller.Service) => Api(caller).DescribeAsync();

    /// <summary>multipart with the <c>metadata</c> part first, then <c>file</c>; a null part is left out.</summary>
    public async Task<HttpResponseMessage> UploadAsync(ProviderUploadMetadata? metadata, byte[]? file, Caller caller = Caller.Service)
    {
        using var form = new ProviderUploadForm(metadata, file is null ? null : new ByteArrayContent(file),
            metadata?.FileName ?? "document.pdf");
        return await Api(caller).UploadAsync(form);
    }

    public Task<HttpResponseMessage> StatusesAsync(IEnumerable<string> requestIds, Caller caller = Caller.Service) =>
        Api(caller).QueryStatusesAsync(new ProviderStatusQuery([.. requestIds]));

    /// <summary>POSTs <paramref name="body"/> as-is to the status route: what the typed client cannot send.</summary>
    public async Task<HttpResponseMessage> StatusesRawAsync(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ProviderRoutes.Statuses.TrimStart('/'))
        {
            Content = new StringContent(body, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Service());
        return await _raw.SendAsync(request);
    }

    public Task<HttpResponseMessage> OwnershipAsync(string claimId, string participantId, Caller caller = Caller.Service) =>
        Api(caller).GetClaimOwnershipAsync(claimId, participantId);

    private IProviderApi Api(Caller caller) => _callers[caller].Api;

    public void Dispose()
    {
        foreach (var (http, _) in _callers.Values) http.Dispose();
    }

    private sealed class BearerTokenHandler(string? token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
