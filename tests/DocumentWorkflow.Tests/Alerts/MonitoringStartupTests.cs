using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

/// <summary>A bad Monitoring:* or Alerts:* value stops the service at start, not at the first evaluation.</summary>
public sealed class MonitoringStartupTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("du-alert-start-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Theory]
    [InlineData("--Monitoring:ProviderErrorCycles=0", "Monitoring settings are invalid")]
    [InlineData("--Monitoring:UploadFailureRatio=1.5", "Monitoring settings are invalid")]
    [InlineData("--Alerts:WebhookUrl=not-a-url", "Alerts settings are invalid")]
    public async Task Invalid_settings_fail_the_start(string setting, string message)
    {
        await using var app = DocumentWorkflowApp.Build(
            ["--environment=Development", "--Urls=http://127.0.0.1:0", $"--Storage:DataDirectory={_directory}", "--Polling:Enabled=false", setting]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(timeout.Token));

        Assert.Contains(message, error.Message);
    }
}
