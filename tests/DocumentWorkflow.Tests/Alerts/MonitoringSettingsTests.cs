using DocumentUploads.DocumentWorkflow.Alerts;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

public sealed class MonitoringSettingsTests
{
    [Fact]
    public void The_defaults_are_valid() => Assert.Empty(new MonitoringSettings().Validate());

    [Fact]
    public void Every_out_of_range_value_is_named()
    {
        var settings = new MonitoringSettings
        {
            EvaluationInterval = TimeSpan.Zero,
            ProviderErrorCycles = 0,
            UploadFailureRatio = 1,
            UploadFailureWindow = TimeSpan.Zero,
            UploadFailureMinimum = 0,
            FailureSpikeThreshold = -1,
            FailureSpikeWindow = TimeSpan.FromSeconds(-1),
        };
        Assert.Equal(7, settings.Validate().Count());
        Assert.Single(new MonitoringSettings { UploadFailureRatio = double.NaN }.Validate());
        Assert.Single(new MonitoringSettings { UploadFailureRatio = -0.1 }.Validate());
        Assert.Empty(new MonitoringSettings { UploadFailureRatio = 0, FailureSpikeThreshold = 0 }.Validate());
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("https://hooks.example/alerts?token=secret", true)]
    [InlineData("http://127.0.0.1:9000/", true)]
    [InlineData("ftp://hooks.example/", false)]
    [InlineData("/relative", false)]
    public void The_webhook_url_must_be_absolute_http_or_https(string? url, bool valid) =>
        Assert.Equal(valid, !new AlertSettings { WebhookUrl = url }.Validate().Any());

    [Fact]
    public void Webhook_retries_are_bounded()
    {
        Assert.Single(new AlertSettings { WebhookMaxAttempts = 0 }.Validate());
        Assert.Single(new AlertSettings { WebhookMaxAttempts = 21 }.Validate());
        Assert.Single(new AlertSettings { WebhookTimeout = TimeSpan.Zero }.Validate());
        Assert.Single(new AlertSettings { WebhookRetryBaseDelay = TimeSpan.FromSeconds(-1) }.Validate());
    }
}
