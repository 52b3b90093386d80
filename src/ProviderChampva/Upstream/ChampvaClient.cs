using DocumentUploads.Contracts.Providers;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Telemetry;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DocumentUploads.ProviderChampva.Upstream;

/// <summary>Typed client of the CHAMPVA intake API. Every way a call can fail ends as a
/// <see cref="ChampvaUpstreamException"/>. The standard resilience handler retries the status query and the claim
/// lookup on transient failures; an upload (multipart) is sent exactly once.</summary>
public sealed class ChampvaClient(HttpClient http, TimeProvider time)
{
    public const string ApiKeyHeader = "x-api-key";

    /// <summary>The <c>upstream</c> tag of this service's calls in <see cref="UpstreamCallMetrics"/>.</summary>
    public const string Upstream = "champva";
    private const string ApiBase = "api/champva/v1/";

    /// <summary>Streams <paramref name="document"/> to the API without buffering it.</summary>
    public async Task<ChampvaIntakeAccepted> UploadAsync(ChampvaIntakeMetadata metadata, Stream document,
        string? contentType, CancellationToken cancellationToken)
    {
        var documentContent = new StreamContent(document);
        documentContent.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            ? parsed
            : new MediaTypeHeaderValue("application/octet-stream");
        using var content = new MultipartFormDataContent
        {
            { JsonContent.Create(metadata, options: JsonSerializerOptions.Web), "metadata" },
            { documentContent, "document", metadata.OriginalFileName },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiBase + "intake") { Content = content }
            .ForUpstreamOperation("upload");
        using var response = await SendAsync(request, cancellationToken);
        var accepted = await ReadAsync<ChampvaIntakeAccepted>(response, cancellationToken);
        if (string.IsNullOrWhiteSpace(accepted.IntakeId))
        {
            throw new ChampvaUpstreamException(UpstreamFailure.Malformed, "The intake answer has no intakeId.", (int)response.StatusCode);
        }
        return accepted;
    }

    public async Task<ChampvaStatusBatchResponse> GetStatusesAsync(IReadOnlyList<string> intakeIds, CancellationToken cancellationToken)
    {
        // A status query changes nothing upstream, so it may be retried.
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiBase + "intake/status:batch")
        {
            Content = JsonContent.Create(new ChampvaStatusBatchRequest(intakeIds), options: JsonSerializerOptions.Web),
        }.ForUpstreamOperation("status");
        using var response = await SendAsync(request, cancellationToken);
        return await ReadAsync<ChampvaStatusBatchResponse>(response, cancellationToken);
    }

    /// <summary>True when the claim is the beneficiary's; false when it is someone else's or unknown.</summary>
    /// <summary>The intake's answer: 200 the beneficiary's claim, 403 someone else's, 404 no such claim.</summary>
    public async Task<ProviderClaimOwnership> GetClaimOwnershipAsync(string claimNumber, string beneficiaryId,
        CancellationToken cancellationToken)
    {
        var uri = $"{ApiBase}claims/{Uri.EscapeDataString(claimNumber)}?beneficiaryId={Uri.EscapeDataString(beneficiaryId)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, uri).ForUpstreamOperation("claim");
        try
        {
            using var response = await SendAsync(request, cancellationToken);
            return new ProviderClaimOwnership(Known: true, Owned: true);
        }
        catch (ChampvaUpstreamException e) when (e.UpstreamStatus is 403)
        {
            return new ProviderClaimOwnership(Known: true, Owned: false);
        }
        catch (ChampvaUpstreamException e) when (e.UpstreamStatus is 404)
        {
            return new ProviderClaimOwnership(Known: false, Owned: false);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (TimeoutRejectedException e)
        {
            throw new ChampvaUpstreamException(UpstreamFailure.Timeout, "The CHAMPVA intake API did not answer in time.", inner: e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChampvaUpstreamException(UpstreamFailure.Timeout, "The CHAMPVA intake API did not answer in time.", inner: e);
        }
        catch (BrokenCircuitException e)
        {
            throw new ChampvaUpstreamException(UpstreamFailure.Unavailable,
                "Calls to the CHAMPVA intake API are paused after repeated failures.", inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new ChampvaUpstreamException(UpstreamFailure.Unavailable, $"The CHAMPVA intake API could not be reached: {e.Message}", inner: e);
        }

        if (response.IsSuccessStatusCode) return response;
        using (response)
        {
            throw await FailureAsync(response, cancellationToken);
        }
    }

    private async Task<ChampvaUpstreamException> FailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var message = await ErrorMessageAsync(response, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new ChampvaUpstreamException(UpstreamFailure.RateLimited, message, status, RetryAfter(response)),
            HttpStatusCode.RequestTimeout or HttpStatusCode.GatewayTimeout =>
                new ChampvaUpstreamException(UpstreamFailure.Timeout, message, status),
            _ when status >= 500 => new ChampvaUpstreamException(UpstreamFailure.Unavailable, message, status),
            _ => new ChampvaUpstreamException(UpstreamFailure.Rejected, message, status),
        };
    }

    private static async Task<string> ErrorMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var fallback = $"The CHAMPVA intake API answered {(int)response.StatusCode} {response.ReasonPhrase}.";
        try
        {
            var body = await response.Content.ReadFromJsonAsync<ChampvaErrorBody>(JsonSerializerOptions.Web, cancellationToken);
            return body?.Error?.Message is { Length: > 0 } message ? message : fallback;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or HttpRequestException)
        {
            return fallback;
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is not { } date) return null;
        var wait = date - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, cancellationToken)
                ?? throw new JsonException("The body is null.");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw new ChampvaUpstreamException(UpstreamFailure.Malformed,
                $"The CHAMPVA intake API answered {(int)response.StatusCode} with a body that could not be read: {e.Message}",
                (int)response.StatusCode, inner: e);
        }
    }
}
