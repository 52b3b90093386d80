using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.ProviderContract.Tests.Infrastructure;

/// <summary>Calls a provider service's contract routes the way upload-api and document-workflow do.</summary>
public sealed class ProviderClient(HttpClient http)
{
    private readonly string _serviceToken = TestTokens.Service();
    private readonly string _userToken = TestTokens.User();

    public Task<HttpResponseMessage> DescribeAsync(Caller caller = Caller.Service) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, Relative(ProviderRoutes.Describe)), caller);

    /// <summary>multipart with the <c>metadata</c> part first, then <c>file</c>; a null part is left out.</summary>
    public Task<HttpResponseMessage> UploadAsync(ProviderUploadMetadata? metadata, byte[]? file, Caller caller = Caller.Service)
    {
        var content = new MultipartFormDataContent();
        if (metadata is not null)
        {
            content.Add(JsonContent.Create(metadata, options: JsonSerializerOptions.Web), ProviderRoutes.MetadataPart);
        }
        if (file is not null)
        {
            var filePart = new ByteArrayContent(file);
            filePart.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(filePart, ProviderRoutes.FilePart, metadata?.FileName ?? "document.pdf");
        }
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, Relative(ProviderRoutes.Upload)) { Content = content }, caller);
    }

    public Task<HttpResponseMessage> StatusesAsync(IEnumerable<string> requestIds, Caller caller = Caller.Service) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, Relative(ProviderRoutes.Statuses))
        {
            Content = JsonContent.Create(new ProviderStatusQuery([.. requestIds]), options: JsonSerializerOptions.Web),
        }, caller);

    /// <summary>POSTs <paramref name="body"/> as-is to the status route.</summary>
    public Task<HttpResponseMessage> StatusesRawAsync(string body) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, Relative(ProviderRoutes.Statuses))
        {
            Content = new StringContent(body, new MediaTypeHeaderValue("application/json")),
        }, Caller.Service);

    public Task<HttpResponseMessage> OwnershipAsync(string claimId, string participantId, Caller caller = Caller.Service)
    {
        var path = Relative(ProviderRoutes.Ownership).Replace("{claimId}", Uri.EscapeDataString(claimId), StringComparison.Ordinal);
        return SendAsync(new HttpRequestMessage(HttpMethod.Get, $"{path}?participantId={Uri.EscapeDataString(participantId)}"), caller);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Caller caller)
    {
        using (request)
        {
            var token = caller switch
            {
                Caller.Service => _serviceToken,
                Caller.User => _userToken,
                _ => null,
            };
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await http.SendAsync(request);
        }
    }

    private static string Relative(string route) => route.TrimStart('/');
}
