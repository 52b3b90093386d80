namespace DocumentUploads.Alerting;

/// <summary>Configuration section <c>Alerts</c>: where firings and resolutions are sent.</summary>
public sealed class AlertSettings
{
    public const string SectionName = "Alerts";

    /// <summary>Absolute http(s) URL each firing and resolution is POSTed to; none when empty. Its query
    /// string may carry a secret and is never logged.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Attempts per message, the first included.</summary>
    public int WebhookMaxAttempts { get; set; } = 5;

    /// <summary>Delay before the second attempt; doubled before each further one.</summary>
    public TimeSpan WebhookRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound for one attempt.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Dead man's switch: an absolute http(s) URL POSTed to after every completed poll cycle (a cron
    /// monitor, Alertmanager's Watchdog pattern), so that whatever watches it pages when the pings stop, even
    /// with nothing of document-workflow alive to say so. None when empty; never logged (it may carry a secret).</summary>
    public string? HeartbeatUrl { get; set; }

    public Uri? HeartbeatUri => string.IsNullOrWhiteSpace(HeartbeatUrl) ? null : new Uri(HeartbeatUrl, UriKind.Absolute);

    public Uri? WebhookUri => string.IsNullOrWhiteSpace(WebhookUrl) ? null : new Uri(WebhookUrl, UriKind.Absolute);

    public IEnumerable<string> Validate()
    {
        if (!string.IsNullOrWhiteSpace(WebhookUrl)
            && (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            yield return "Alerts:WebhookUrl must be an absolute http or https URL.";
        }
        if (!string.IsNullOrWhiteSpace(HeartbeatUrl)
            && (!Uri.TryCreate(HeartbeatUrl, UriKind.Absolute, out var heartbeat) || heartbeat.Scheme is not ("http" or "https")))
        {
            yield return "Alerts:HeartbeatUrl must be an absolute http or https URL.";
        }
        if (WebhookMaxAttempts is < 1 or > 20) yield return "Alerts:WebhookMaxAttempts must be between 1 and 20.";
        if (WebhookRetryBaseDelay < TimeSpan.Zero) yield return "Alerts:WebhookRetryBaseDelay must not be negative.";
        if (WebhookTimeout <= TimeSpan.Zero) yield return "Alerts:WebhookTimeout must be positive.";
    }
}
