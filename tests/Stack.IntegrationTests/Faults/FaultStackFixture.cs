using System.Diagnostics;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.Stack.IntegrationTests.Alerts;
using DocumentUploads.TestSupport;
using Microsoft.Data.Sqlite;

namespace DocumentUploads.Stack.IntegrationTests.Faults;

/// <summary>A stack of its own for the fault suite: the services it kills keep one loopback port across a
/// restart (as with the AppHost's fixed ports; a free port chosen per start would strand the callers on the
/// old one), the alert webhook and the poll heartbeat point at local receivers, workflow_unreachable fires
/// after 10 s, and a broken circuit closes again after 2 s.</summary>
public sealed class FaultStackFixture : StackFixture
{
    public static readonly TimeSpan WorkflowUnreachableAfter = TimeSpan.FromSeconds(10);

    public WebhookReceiver Webhook { get; } = new();

    /// <summary>Gets a POST after every completed poll cycle.</summary>
    public WebhookReceiver Heartbeat { get; } = new();

    protected override void Configure(IDictionary<string, string> settings)
    {
        foreach (var service in new[] { AppIds.DocumentWorkflow, AppIds.ProviderLighthouse, AppIds.LighthouseSim })
        {
            settings[$"Ports:{service}"] = LoopbackPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        settings["Alerts:WebhookUrl"] = Webhook.Url;
        settings["Alerts:HeartbeatUrl"] = Heartbeat.Url;
        settings["Alerts:WebhookRetryBaseDelay"] = "00:00:00.200";
        settings["Monitoring:WorkflowUnreachableAfter"] = $"00:00:{WorkflowUnreachableAfter.TotalSeconds:00}";
        settings["HttpResilience:BreakerBreakDuration"] = "00:00:02";
    }

    public async Task KillAsync(string service)
    {
        using var process = Process.GetProcessById(App.ProcessIdOf(service));
        process.Kill();
        await process.WaitForExitAsync();
    }

    /// <summary>Starts a killed service again (what the dashboard's Start command does) and waits for its health.</summary>
    public async Task RestartAsync(string service)
    {
        await App.ResourceCommands.ExecuteCommandAsync(service, KnownResourceCommands.StartCommand);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await App.ResourceNotifications.WaitForResourceHealthyAsync(service, timeout.Token);
    }

    /// <summary>One number from document-workflow's SQLite file, read while the service runs.</summary>
    public long Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection(
            $"Data Source={Path.Combine(DataDirectory, "workflow", "document-workflow.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Webhook.Dispose();
        Heartbeat.Dispose();
    }
}
