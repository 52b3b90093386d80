using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace DocumentUploads.Benchmarks.Uploads;

/// <summary>A veteran's upload through upload-api's public route, as the upload page sends it: one small PDF, a
/// document type, a tracked item and a fresh <c>Idempotency-Key</c>, so every upload takes the whole path
/// (validation, scan, key, routing, provider, registration).</summary>
public sealed class PublicApiTarget(HttpClient uploadApi, byte[] file, string claimId) : IUploadTarget
{
    public string Name => "upload-api";

    public static async Task<PublicApiTarget> CreateAsync(HttpClient uploadApi, byte[] file, string participantId, string claimId,
        CancellationToken cancellationToken)
    {
        using var response = await uploadApi.PostAsJsonAsync("/dev/token", new { sub = $"user-{participantId}", participantId },
            cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken))!.Token;
        uploadApi.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new PublicApiTarget(uploadApi, file, claimId);
    }

    public async Task<bool> UploadAsync(CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent
        {
            { content, "file", "statement.pdf" },
            { new StringContent("L023"), "document_type" },
            { new StringContent("[1234]"), "tracked_item_ids" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v0/benefits_claims/{claimId}/benefits_documents") { Content = form };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await uploadApi.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    private sealed record TokenAnswer(string Token);
}
