using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocumentUploads.Alerting;

/// <summary>POSTs queued firings and resolutions to <c>Alerts:WebhookUrl</c>, one at a time and in order, retrying
/// transient failures with exponential backoff up to <c>Alerts:WebhookMaxAttempts</c>. Runs on its own task, so a
/// slow or dead webhook never holds up an evaluation or a poll cycle.</summary>
public sealed partial class AlertWebhookSender(AlertWebhookQueue queue, IHttpClientFactory clients,
    IOptionsMonitor<AlertSettings> settings, TimeProvider time, ILogger<AlertWebhookSender> logger) : BackgroundService
{
    public const string ClientName = "alerts-webhook";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
            {
                if (settings.CurrentValue.WebhookUri is not { } target) continue;
                await SendAsync(message, target, settings.CurrentValue, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Sends one message; true when the webhook accepted it (2xx).</summary>
    public async Task<bool> SendAsync(AlertWebhookMessage message, Uri target, AlertSettings options,
        CancellationToken stoppingToken)
    {
        var where = Redacted(target);
        using var client = clients.CreateClient(ClientName);
        for (var attempt = 1; ; attempt++)
        {
            string failure;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(options.WebhookTimeout);
                using var response = await client.PostAsJsonAsync(target, message, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    LogSent(message.Event, message.Alert.Monitor, message.Alert.Subject, where, attempt);
                    return true;
                }
                failure = $"HTTP {(int)response.StatusCode}";
                if (!IsTransient(response.StatusCode))
                {
                    LogGaveUp(message.Event, message.Alert.Monitor, message.Alert.Subject, where, attempt, failure);
                    return false;
                }
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                failure = $"no answer within {DurationText.Format(options.WebhookTimeout)}";
            }
            catch (HttpRequestException ex)
            {
                // The exception message names the host and port only, never the query string.
                failure = ex.HttpRequestError.ToString();
            }

            if (attempt >= options.WebhookMaxAttempts)
            {
                LogGaveUp(message.Event, message.Alert.Monitor, message.Alert.Subject, where, attempt, failure);
                return false;
            }
            var delay = options.WebhookRetryBaseDelay * Math.Pow(2, attempt - 1);
            LogRetrying(message.Event, message.Alert.Monitor, where, attempt, failure, delay.TotalSeconds);
            await Task.Delay(delay, time, stoppingToken);
        }
    }

    /// <summary>Scheme, host, port and path: the query string and user info may carry a secret.</summary>
    public static string Redacted(Uri target) => $"{target.Scheme}://{target.Host}:{target.Port}{target.AbsolutePath}";

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Alert webhook {Event} {Monitor}/{Subject} delivered to {Webhook} (attempt {Attempt})")]
    private partial void LogSent(string @event, string monitor, string subject, string webhook, int attempt);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Alert webhook {Event} {Monitor} to {Webhook} failed (attempt {Attempt}: {Failure}); retrying in {DelaySeconds:F1} s")]
    private partial void LogRetrying(string @event, string monitor, string webhook, int attempt, string failure, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Alert webhook {Event} {Monitor}/{Subject} to {Webhook} not delivered after {Attempt} attempts: {Failure}")]
    private partial void LogGaveUp(string @event, string monitor, string subject, string webhook, int attempt, string failure);
}
