using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.UploadApi.Validation;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>Sends one document to a provider service by service invocation. Never throws for a
/// provider failure: the caller must record it, so it comes back as an outcome.</summary>
public sealed class ProviderUploadClient(IHttpClientFactory httpClientFactory, UploadMetrics? metrics = null)
{
    public async Task<ProviderUploadOutcome> UploadAsync(string provider, ValidatedUpload upload, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = await SendAsync(provider, upload, cancellationToken);
        metrics?.Record(provider, outcome, started);
        return outcome;
    }

    private async Task<ProviderUploadOutcome> SendAsync(string provider, ValidatedUpload upload, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(ProviderIds.ServiceAppId(provider));
        // The validated content: the original file, or the unlocked copy of a locked PDF.
        await using var stream = await upload.OpenContentAsync(cancellationToken);
        var file = new StreamContent(stream);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var content = new MultipartFormDataContent
        {
            { JsonContent.Create(new ProviderUploadMetadata(upload.ClaimId, upload.ParticipantId, upload.DocumentType,
                upload.FileName, upload.TrackedItemIds)), ProviderRoutes.MetadataPart },
            { file, ProviderRoutes.FilePart, upload.FileName },
        };
        // Not marked safe to retry: a lost answer must not turn into a second filing.
        using var request = new HttpRequestMessage(HttpMethod.Post, ProviderRoutes.Upload.TrimStart('/')) { Content = content };
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                var result = await response.Content.ReadFromJsonAsync<ProviderUploadResult>(cancellationToken);
                return result?.ProviderRequestId is { Length: > 0 } id
                    ? new ProviderUploadOutcome(id, 200, null)
                    : Unavailable(502, "The provider's answer had no request id.");
            }
            return new ProviderUploadOutcome(null, (int)response.StatusCode, await ReadErrorAsync(response, cancellationToken));
        }
        catch (Exception ex) when (ex is HttpRequestException or BrokenCircuitException)
        {
            return Unavailable(503, $"The provider service could not be reached ({ex.GetType().Name}).");
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return Unavailable(504, "The provider service did not answer in time.");
        }
    }

    private static ProviderUploadOutcome Unavailable(int status, string detail) =>
        new(null, status, new ProviderError(ProviderError.UpstreamUnavailable, detail));

    private static async Task<ProviderError> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            if (await response.Content.ReadFromJsonAsync<ProviderError>(cancellationToken) is { Code: not null } error) return error;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
        }
        return new ProviderError(ProviderError.UpstreamUnavailable, $"The provider service answered {(int)response.StatusCode}.");
    }
}
