using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>Sends one email notification. Never retries by itself: the outbox decides (<see cref="NoticeAttemptRules"/>).</summary>
public sealed class VaNotifyClient(HttpClient http, VaNotifySettings settings)
{
    public const string EmailPath = "v2/notifications/email";

    public async Task<VaNotifySendResult> SendEmailAsync(VaNotifyEmailRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, EmailPath) { Content = JsonContent.Create(request) };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey ?? "");
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new VaNotifySendResult(null, null, ex is TaskCanceledException ? "VA Notify did not answer in time." : "VA Notify is unreachable.");
        }
        using (response)
        {
            var body = await ReadAsync(response, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode && body?.TryGetProperty("id", out var id) == true && id.ValueKind == JsonValueKind.String)
            {
                return new VaNotifySendResult(status, id.GetString(), null);
            }
            return new VaNotifySendResult(response.IsSuccessStatusCode ? 502 : status, null, ErrorOf(body, response),
                response.Headers.RetryAfter?.Delta);
        }
    }

    private static async Task<JsonElement?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    // VA Notify's errors: {"status_code":400,"errors":[{"error":"ValidationError","message":"..."}]}.
    private static string ErrorOf(JsonElement? body, HttpResponseMessage response)
    {
        if (body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
            && errors[0].TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
        {
            var kind = errors[0].TryGetProperty("error", out var error) ? error.GetString() + ": " : "";
            return $"{(int)response.StatusCode} {kind}{message.GetString()}";
        }
        return response.IsSuccessStatusCode
            ? "VA Notify answered without a notification id."
            : $"{(int)response.StatusCode} {response.ReasonPhrase}";
    }
}
