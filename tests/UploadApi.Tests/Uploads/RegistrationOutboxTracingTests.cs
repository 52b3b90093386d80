using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.Telemetry;
using DocumentUploads.TestSupport;
using DocumentUploads.UploadApi.Tests.Support;
using DocumentUploads.UploadApi.Uploads;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.UploadApi.Tests.Uploads;

/// <summary>A registration deferred to the outbox keeps its upload's trace context, and its replay,
/// however much later, is a span in the upload's trace.</summary>
public sealed class RegistrationOutboxTracingTests : IDisposable
{
    private const string ServiceName = "upload-api-outbox-tests";
    private static readonly ActivitySource Upload = new("DocumentUploads.Tests.Upload");

    private readonly string _directory = Directory.CreateTempSubdirectory("du-outbox-").FullName;
    private readonly ServiceTelemetry _telemetry = new(ServiceName);
    private readonly ActivityListener _listener = new()
    {
        ShouldListenTo = s => s.Name is "DocumentUploads.Tests.Upload" or ServiceTelemetry.NamePrefix + ServiceName,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    public RegistrationOutboxTracingTests() => ActivitySource.AddActivityListener(_listener);

    public void Dispose()
    {
        _listener.Dispose();
        _telemetry.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private RegistrationOutbox Outbox() => TestOutboxes.In(_directory);

    private static RegisterDocumentRequest Registration() =>
        new("lighthouse", "42", "600000001", "p-1", "L023", "statement.pdf", [1234], Id: Guid.CreateVersion7());

    /// <summary>Answers document-workflow's register route and remembers the span that was current when it was called.</summary>
    private sealed class Workflow : HttpMessageHandler
    {
        public List<Activity?> Calls { get; } = [];

        public WorkflowClient Client() => new(StubServiceClients.Over<IDocumentWorkflowApi>(this, WorkflowJson.Default));

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls.Add(Activity.Current);
            var registration = await request.Content!.ReadFromJsonAsync<RegisterDocumentRequest>(cancellationToken);
            var now = DateTimeOffset.UtcNow;
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = JsonContent.Create(new TrackedDocumentView(registration!.Id!.Value, registration.ClaimId,
                    registration.ParticipantId, registration.Provider, registration.ProviderRequestId, registration.DocumentType,
                    registration.FileName, registration.TrackedItemIds ?? [], DocumentStatuses.Submitted, null, null, now, now, null, [])),
            };
        }
    }

    [Fact]
    public async Task A_replayed_registration_continues_the_trace_of_the_upload_that_deferred_it()
    {
        var outbox = Outbox();
        ActivityContext upload;
        using (var request = Upload.StartActivity("POST upload")!)
        {
            upload = request.Context;
            await outbox.SaveAsync(Registration(), CancellationToken.None);
        }
        var entry = Assert.Single(outbox.Pending());
        Assert.Equal($"00-{upload.TraceId}-{upload.SpanId}-{(byte)upload.TraceFlags:x2}", entry.TraceParent);

        var workflow = new Workflow();
        var replayer = new RegistrationOutboxReplayer(outbox, workflow.Client(), TimeProvider.System, _telemetry,
            TestOutboxes.Monitor(outbox), NullLogger<RegistrationOutboxReplayer>.Instance);
        await replayer.ReplayAsync(CancellationToken.None);

        var replay = Assert.Single(workflow.Calls);
        Assert.NotNull(replay);
        Assert.Equal("outbox-replay", replay!.OperationName);
        Assert.Equal(upload.TraceId, replay.TraceId);
        Assert.Equal(upload.SpanId, replay.ParentSpanId);
        Assert.Empty(outbox.Pending());
    }

    [Fact]
    public async Task A_file_written_before_trace_context_was_kept_still_replays_in_a_trace_of_its_own()
    {
        var registration = Registration();
        await File.WriteAllTextAsync(Path.Combine(_directory, $"{registration.Id}.json"), JsonSerializer.Serialize(registration));
        var outbox = Outbox();
        var entry = Assert.Single(outbox.Pending());
        Assert.Null(entry.TraceParent);
        Assert.Equal(registration.Id, entry.Registration!.Id);

        var workflow = new Workflow();
        await new RegistrationOutboxReplayer(outbox, workflow.Client(), TimeProvider.System, _telemetry,
            TestOutboxes.Monitor(outbox), NullLogger<RegistrationOutboxReplayer>.Instance).ReplayAsync(CancellationToken.None);

        var replay = Assert.Single(workflow.Calls);
        Assert.Equal(default, replay!.ParentSpanId);
        Assert.Empty(outbox.Pending());
    }

}
