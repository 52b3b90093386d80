using DocumentUploads.Alerting;
using DocumentUploads.TestSupport;
using DocumentUploads.UploadApi.Monitoring;
using DocumentUploads.UploadApi.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.UploadApi.Tests.Support;

/// <summary>upload-api's registration outbox in a folder of the test's own, and the workflow_unreachable monitor
/// the registrar and the replayer report to.</summary>
public static class TestOutboxes
{
    public static RegistrationOutbox In(string directory) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Outbox:Directory"] = directory }).Build(),
        new HostingEnvironment { ContentRootPath = directory });

    /// <summary>Default settings, the system clock, no log: for tests about something else.</summary>
    public static WorkflowUnreachableMonitor Monitor(RegistrationOutbox outbox) => new(new AlertWebhookQueue(), outbox,
        new FixedOptionsMonitor<UploadMonitoringSettings>(new UploadMonitoringSettings()), TimeProvider.System,
        NullLogger<WorkflowUnreachableMonitor>.Instance);
}
