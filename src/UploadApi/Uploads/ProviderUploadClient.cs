using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using DocumentUploads.UploadApi.Validation;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>Sends one document to a provider service through the provider contract's client, once (an upload is
/// never retried). Never throws for a provider failure: the caller must record it, so it comes back as an outcome.</summary>
public sealed class ProviderUploadClient(ServiceClients<IProviderApi> providers, UploadMetrics? metrics = null)
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
        var client = providers.For(ProviderIds.ServiceAppId(provider));
        // The validated content (the original file, or the unlocked copy of a locked PDF), streamed.
        await using var stream = await upload.OpenContentAsync(cancellationToken);
        using var form = new ProviderUploadForm(new ProviderUploadMetadata(upload.ClaimId, upload.ParticipantId,
            upload.DocumentType, upload.FileName, upload.TrackedItemIds), new StreamContent(stream), upload.FileName);
        try
        {
            using var response = await client.UploadAsync(form, cancellationToken);
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
