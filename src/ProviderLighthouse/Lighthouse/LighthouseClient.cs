using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.ProviderLighthouse.Json;
using DocumentUploads.Telemetry;
using Microsoft.Extensions.Options;

namespace DocumentUploads.ProviderLighthouse.Lighthouse;

/// <summary>The Lighthouse Benefits Documents API: upload one document, query many statuses.</summary>
public sealed class LighthouseClient(IHttpClientFactory httpClientFactory, LighthouseTokenProvider tokens,
    IOptions<LighthouseSettings> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly LighthouseSettings _settings = options.Value;

    /// <summary>Uploads once. Never retried (neither here nor by the resilience handler, which sends no multipart
    /// request twice): Lighthouse takes no idempotency key, so a retry after a lost answer could file the document twice.</summary>
    public async Task<long> UploadAsync(LighthouseUploadParameters parameters, Stream file, CancellationToken cancellationToken)
    {
        using var response = await SendAuthorizedAsync(LighthouseHttpClients.Upload, () =>
        {
            var content = new MultipartFormDataContent
            {
                { JsonContent.Create(new LighthouseEnvelope<LighthouseUploadParameters>(parameters), options: Json), "parameters" },
            };
            var fileContent = new StreamContent(file);
            fileContent.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(fileContent, "file", parameters.FileName);
            return new HttpRequestMessage(HttpMethod.Post, _settings.DocumentsPath.TrimStart('/')) { Content = content }
                .ForUpstreamOperation("upload");
        }, canResend: false, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var result = await response.Content.ReadFromJsonAsync<LighthouseEnvelope<LighthouseUploadResult>>(Json, cancellationToken);
        if (result?.Data is not { Success: true } data)
        {
            throw new LighthouseException(HttpStatusCode.BadGateway, "upload answer did not report success");
        }
        return data.RequestId;
    }

    /// <summary>Lighthouse's answer to a bulk status query as it came, UTF-8 JSON in a pooled buffer the caller disposes
    /// (<see cref="LighthouseStatusReportWriter"/> reads it).</summary>
    public async Task<PooledBuffer> GetStatusAnswerAsync(IReadOnlyList<long> requestIds, CancellationToken cancellationToken)
    {
        using var response = await SendAuthorizedAsync(LighthouseHttpClients.Status, () => new HttpRequestMessage(HttpMethod.Post, _settings.StatusPath.TrimStart('/'))
        {
            Content = JsonContent.Create(new LighthouseEnvelope<LighthouseStatusRequest>(new(requestIds)), options: Json),
        }.ForUpstreamOperation("status"), canResend: true, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var answer = new PooledBuffer(response.Content.Headers.ContentLength is { } length and < int.MaxValue - PooledBuffer.MinimumRead
            ? (int)length + PooledBuffer.MinimumRead
            : PooledBuffer.DefaultCapacity);
        await answer.ReadFromAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken);
        return answer;
    }

    /// <summary>Whether a (numeric, so VA) claim is the participant's: the claims API answers
    /// 200 for the veteran's own claim and 404 otherwise.</summary>
    public async Task<bool> IsParticipantsClaimAsync(long claimId, string participantId, CancellationToken cancellationToken)
    {
        var path = _settings.ClaimPath.TrimStart('/')
            .Replace("{participantId}", Uri.EscapeDataString(participantId), StringComparison.Ordinal)
            .Replace("{claimId}", claimId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var response = await SendAuthorizedAsync(LighthouseHttpClients.Status,
            () => new HttpRequestMessage(HttpMethod.Get, path).ForUpstreamOperation("claim"), canResend: true, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return false;
        await EnsureSuccessAsync(response, cancellationToken);
        return true;
    }

    // A 401 means the cached token was revoked or expired early: fetch a new one and try once
    // more, when the request body can be sent again.
    private async Task<HttpResponseMessage> SendAuthorizedAsync(string clientName, Func<HttpRequestMessage> create,
        bool canResend, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(clientName);
        var response = await SendOnceAsync(http, create(), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !canResend) return response;
        response.Dispose();
        tokens.Invalidate();
        return await SendOnceAsync(http, create(), cancellationToken);
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpClient http, HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        using (request)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return;
        string detail;
        try
        {
            var body = await response.Content.ReadFromJsonAsync<LighthouseErrorBody>(Json, cancellationToken);
            detail = body?.Errors?.FirstOrDefault() is { } e ? e.Detail ?? e.Title ?? "error" : "error";
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            detail = response.ReasonPhrase ?? "error";
        }
        var retryAfter = response.Headers.RetryAfter?.Delta;
        throw new LighthouseException(response.StatusCode, detail.ToString(CultureInfo.InvariantCulture), retryAfter);
    }
}
