using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.ProviderChampva;

/// <summary>Calls provider-champva the way document-workflow and upload-api do: with the internal
/// service token and the provider contract's shapes.</summary>
public sealed class ProviderTestClient(RunningApp provider)
{
    private readonly string _token = ServiceTokens.Create();

    public static ProviderUploadMetadata Metadata(string fileName, string claimId = "CHAMPVA_123") =>
        new(claimId, "ben-42", "MEDICAL_RECORD", fileName, [7]);

    public async Task<HttpResponseMessage> UploadAsync(ProviderUploadMetadata? metadata, byte[]? file, bool fileFirst = false,
        bool authorized = true)
    {
        using var content = new MultipartFormDataContent();
        var metadataPart = metadata is null ? null : JsonContent.Create(metadata, options: JsonSerializerOptions.Web);
        var filePart = file is null ? null : new ByteArrayContent(file);
        if (filePart is not null) filePart.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        if (fileFirst && filePart is not null) content.Add(filePart, ProviderRoutes.FilePart, "doc.pdf");
        if (metadataPart is not null) content.Add(metadataPart, ProviderRoutes.MetadataPart);
        if (!fileFirst && filePart is not null) content.Add(filePart, ProviderRoutes.FilePart, "doc.pdf");
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, ProviderRoutes.Upload.TrimStart('/')) { Content = content }, authorized);
    }

    /// <summary>Uploads a small document and returns its provider request id.</summary>
    public async Task<string> UploadDocumentAsync(string fileName)
    {
        using var response = await UploadAsync(Metadata(fileName), "%PDF-1.4 champva"u8.ToArray());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadAsync<ProviderUploadResult>()).ProviderRequestId;
    }

    public Task<HttpResponseMessage> StatusesAsync(IEnumerable<string> requestIds) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, ProviderRoutes.Statuses.TrimStart('/'))
        {
            Content = JsonContent.Create(new ProviderStatusQuery([.. requestIds]), options: JsonSerializerOptions.Web),
        }, authorized: true);

    public async Task<ProviderStatusReport> ReportAsync(params string[] requestIds)
    {
        using var response = await StatusesAsync(requestIds);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<ProviderStatusReport>();
    }

    public Task<ProviderDocumentStatus?> PollUntilAsync(string requestId, string status) =>
        Eventually.PollAsync(
            async () => (await ReportAsync(requestId)).Statuses.SingleOrDefault(),
            s => s?.Status == status);

    public Task<HttpResponseMessage> GetAsync(string path, bool authorized = true) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/')), authorized);

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool authorized)
    {
        using (request)
        {
            if (authorized) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            return await provider.Client.SendAsync(request);
        }
    }
}
