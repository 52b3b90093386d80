using System.Net;
using System.Net.Http.Json;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.TestSupport;
using DocumentUploads.TestSupport.Otlp;

namespace DocumentUploads.Stack.IntegrationTests.Telemetry;

/// <summary>What an operator's OTLP collector receives from the running stack: one trace per upload
/// across every service it touches, one trace per poll cycle with a span per provider batch, and the
/// system's metrics with units and low-cardinality tags, all over the configured protocol.</summary>
public abstract class TelemetryExportTests<TFixture>(TFixture stack) : IClassFixture<TFixture>
    where TFixture : TelemetryStackFixture
{
    private const int ServerKind = 2;
    private const int ClientKind = 3;
    private static readonly TimeSpan ExportWait = TimeSpan.FromSeconds(20);

    private OtlpReceiver Receiver => stack.Receiver;

    private async Task<DocumentAnswer> UploadAsync(string claimId, string fileName, string expectedProvider)
    {
        var veteran = await stack.VeteranAsync("telemetry-1");
        using var response = await Uploads.PostAsync(veteran, claimId, Uploads.Form(fileName));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<DocumentAnswer>())!;
        Assert.Equal(expectedProvider, created.Provider);
        return created;
    }

    private Task<List<ReceivedSpan>> SpansAsync(Func<List<ReceivedSpan>, bool> done) =>
        Eventually.PollAsync(() => Task.FromResult(Receiver.Spans.ToList()), done, ExportWait);

    /// <summary>Every span but the root has its parent in the trace: one tree, not merely a shared id.</summary>
    private static bool IsOneTree(IReadOnlyList<ReceivedSpan> trace) =>
        trace.Count(s => s.ParentSpanId == "") == 1
        && trace.Where(s => s.ParentSpanId != "").All(s => trace.Any(p => p.SpanId == s.ParentSpanId));

    private string Report() =>
        $"errors: [{string.Join("; ", Receiver.Errors)}]; spans: [{string.Join(", ", Receiver.Spans.Select(s => $"{s.Service}:{s.Name}:{s.TraceId[..8]}"))}]";

    [Fact]
    public async Task One_upload_is_one_trace_across_upload_api_the_provider_its_simulator_and_the_workflow()
    {
        const string claimId = "600000777";
        var created = await UploadAsync(claimId, "traced.pdf", "lighthouse");
        var path = string.Format(Uploads.UploadRoute, claimId);
        string[] services = [AppIds.UploadApi, AppIds.ProviderLighthouse, AppIds.LighthouseSim, AppIds.DocumentWorkflow];

        ReceivedSpan? Root(List<ReceivedSpan> spans) => spans.FirstOrDefault(s =>
            s.Service == AppIds.UploadApi && s.Kind == ServerKind && s.Attributes.GetValueOrDefault("url.path") == path);
        var spans = await SpansAsync(all => Root(all) is { } root && all.Where(s => s.TraceId == root.TraceId) is var trace
                                            && services.All(svc => trace.Any(s => s.Service == svc)) && IsOneTree(trace.ToList()));

        var root = Root(spans);
        Assert.True(root is not null, $"no upload-api span for {path}; {Report()}");
        Assert.Equal("", root!.ParentSpanId); // the upload starts the trace
        var trace = spans.Where(s => s.TraceId == root.TraceId).ToList();
        Assert.True(IsOneTree(trace), Report());
        Assert.Superset(services.ToHashSet(), trace.Select(s => s.Service).ToHashSet());
        // Each other service's work is a server span continuing a client span of its caller.
        foreach (var service in services.Skip(1))
        {
            var server = trace.First(s => s.Service == service && s.Kind == ServerKind);
            var parent = trace.Single(s => s.SpanId == server.ParentSpanId);
            Assert.Equal(ClientKind, parent.Kind);
            Assert.NotEqual(service, parent.Service);
        }
        // The registration is in it: document-workflow's register route, called by upload-api.
        var registration = Assert.Single(trace, s => s.Service == AppIds.DocumentWorkflow && s.Kind == ServerKind
                                                     && s.Attributes.GetValueOrDefault("url.path") == WorkflowRoutes.Documents);
        Assert.Equal(AppIds.UploadApi, trace.Single(s => s.SpanId == registration.ParentSpanId).Service);
        // No span carries the document's identifiers as a name.
        Assert.DoesNotContain(trace, s => s.Name.Contains(created.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_poll_cycle_is_one_trace_with_a_span_per_provider_batch()
    {
        await UploadAsync("600000778", "polled.pdf", "lighthouse");
        await UploadAsync("CHAMPVA_880", "polled.pdf", "champva");
        using var workflow = stack.Client(AppIds.DocumentWorkflow);

        var cycle = await PollTrigger.RunOneAsync(workflow);

        var cycleId = cycle.Id!.Value.ToString();
        ReceivedSpan? CycleSpan(List<ReceivedSpan> spans) => spans.FirstOrDefault(s =>
            s.Name == "poll-cycle" && s.Attributes.GetValueOrDefault("poll.cycle.id") == cycleId);
        bool Complete(List<ReceivedSpan> all)
        {
            if (CycleSpan(all) is not { } c) return false;
            var trace = all.Where(s => s.TraceId == c.TraceId).ToList();
            // Server spans end after the client spans they contain, and the trigger request (wait=true)
            // after the cycle: wait for those last.
            return trace.Count(s => s.Name == "poll-provider-batch") >= 2
                   && trace.Any(s => s.Service == AppIds.ProviderChampva && s.Kind == ServerKind)
                   && trace.Any(s => s.Service == AppIds.ProviderLighthouse && s.Kind == ServerKind)
                   && all.Any(s => c.LinkedTraceIds.Contains(s.TraceId)
                                   && s.Attributes.GetValueOrDefault("url.path") == WorkflowRoutes.StatusPoll);
        }
        var spans = await SpansAsync(Complete);

        var cycleSpan = CycleSpan(spans);
        Assert.True(cycleSpan is not null, $"no poll-cycle span for {cycleId}; {Report()}");
        Assert.Equal(AppIds.DocumentWorkflow, cycleSpan!.Service);
        // Its own trace, linked to the trigger request's.
        Assert.Equal("", cycleSpan.ParentSpanId);
        var trigger = Assert.Single(cycleSpan.LinkedTraceIds);
        Assert.NotEqual(cycleSpan.TraceId, trigger);
        Assert.Contains(spans, s => s.TraceId == trigger && s.Attributes.GetValueOrDefault("url.path") == WorkflowRoutes.StatusPoll);

        var trace = spans.Where(s => s.TraceId == cycleSpan.TraceId).ToList();
        var batches = trace.Where(s => s.Name == "poll-provider-batch").ToList();
        Assert.Equal(["champva", "lighthouse"], batches.Select(b => b.Attributes["provider"]).Order());
        Assert.All(batches, b =>
        {
            Assert.Equal(cycleSpan.SpanId, b.ParentSpanId);
            Assert.Equal("succeeded", b.Attributes["outcome"]);
            Assert.True(int.Parse(b.Attributes["batch.size"]) >= 1);
        });
        // Each batch's status request reaches its provider service inside the cycle's trace.
        Assert.Contains(trace, s => s.Service == AppIds.ProviderLighthouse && s.Kind == ServerKind);
        Assert.Contains(trace, s => s.Service == AppIds.ProviderChampva && s.Kind == ServerKind);
    }

    private static readonly Dictionary<string, (string Service, string Unit)> SystemMetrics = new()
    {
        ["documentuploads.uploads"] = (AppIds.UploadApi, "{upload}"),
        ["documentuploads.upload.duration"] = (AppIds.UploadApi, "s"),
        ["documentuploads.routing.decisions"] = (AppIds.UploadApi, "{decision}"),
        ["documentuploads.document.transitions"] = (AppIds.DocumentWorkflow, "{transition}"),
        ["documentuploads.documents"] = (AppIds.DocumentWorkflow, "{document}"),
        ["documentuploads.documents.stuck"] = (AppIds.DocumentWorkflow, "{document}"),
        ["documentuploads.poll.cycle.duration"] = (AppIds.DocumentWorkflow, "s"),
        ["documentuploads.poll.cycle.size"] = (AppIds.DocumentWorkflow, "{document}"),
        ["documentuploads.poll.documents"] = (AppIds.DocumentWorkflow, "{document}"),
        ["documentuploads.alerts.active"] = (AppIds.DocumentWorkflow, "{alert}"),
    };

    // Tags a dashboard can group by; never ids, claim numbers, file names or participants.
    private static readonly HashSet<string> LowCardinalityTags =
        ["provider", "upstream", "operation", "outcome", "error.type", "reason", "document_type", "kind", "from", "to", "step", "status", "threshold",
            "monitor", "severity", "silenced"];

    [Fact]
    public async Task The_system_metrics_arrive_from_every_service_over_the_configured_protocol()
    {
        var veteran = await stack.VeteranAsync("telemetry-1");
        var created = await UploadAsync("600000779", "measured.pdf", "lighthouse");
        using var workflow = stack.Client(AppIds.DocumentWorkflow);
        // Cycles until the simulator has finished with it, so transitions are counted.
        var done = await Eventually.PollAsync(async () =>
        {
            await PollTrigger.RunOneAsync(workflow);
            return await veteran.GetFromJsonAsync<DocumentAnswer>($"/v0/document_uploads/{created.Id}");
        }, d => d!.Status == "completed", TimeSpan.FromSeconds(30));
        Assert.Equal("completed", done!.Status);

        bool ProviderCalls(List<ReceivedMetric> all, string service, string operation) => all.Any(m =>
            m.Name == "documentuploads.provider.call.duration" && m.Service == service
            && m.DataPoints.Any(p => p.GetValueOrDefault("operation") == operation));
        // provider-lighthouse's own calls to Lighthouse: the token exchange, the upload, the status queries.
        bool UpstreamCalls(List<ReceivedMetric> all) => new[] { "token", "upload", "status" }.All(operation => all.Any(m =>
            m.Name == "documentuploads.upstream.call.duration" && m.Service == AppIds.ProviderLighthouse
            && m.DataPoints.Any(p => p.GetValueOrDefault("upstream") == "lighthouse" && p.GetValueOrDefault("operation") == operation
                                     && p.GetValueOrDefault("outcome") == "success")));
        var metrics = await Eventually.PollAsync(() => Task.FromResult(Receiver.Metrics.ToList()), all =>
                SystemMetrics.All(e => all.Any(m => m.Name == e.Key && m.Service == e.Value.Service))
                && ProviderCalls(all, AppIds.UploadApi, "upload") && ProviderCalls(all, AppIds.DocumentWorkflow, "status")
                && UpstreamCalls(all),
            ExportWait);

        foreach (var (name, (service, unit)) in SystemMetrics)
        {
            var metric = metrics.LastOrDefault(m => m.Name == name && m.Service == service);
            Assert.True(metric is not null, $"{name} never arrived from {service}");
            Assert.Equal(unit, metric!.Unit);
        }
        Assert.True(ProviderCalls(metrics, AppIds.UploadApi, "upload"), "no provider call metric for uploads");
        Assert.True(ProviderCalls(metrics, AppIds.DocumentWorkflow, "status"), "no provider call metric for status queries");
        Assert.True(UpstreamCalls(metrics), "provider-lighthouse's calls to Lighthouse were not all measured (token, upload, status)");
        Assert.Contains(metrics, m => m.Name == "documentuploads.uploads"
                                      && m.DataPoints.Any(p => p["provider"] == "lighthouse" && p["outcome"] == "accepted"));
        Assert.Contains(metrics, m => m.Name == "documentuploads.documents" && m.DataPoints.Any(p => p["status"] == "completed"));
        var tagKeys = metrics.Where(m => m.Name.StartsWith("documentuploads.", StringComparison.Ordinal))
            .SelectMany(m => m.DataPoints).SelectMany(p => p.Keys).ToHashSet();
        Assert.Subset(LowCardinalityTags, tagKeys);

        // Every service exported, and only over the protocol it was given.
        string[] everyService = [AppIds.UploadApi, AppIds.DocumentWorkflow, AppIds.ProviderLighthouse, AppIds.ProviderChampva,
            AppIds.LighthouseSim, AppIds.ChampvaSim];
        var exports = await Eventually.PollAsync(() => Task.FromResult(Receiver.Exports.ToList()),
            all => everyService.All(s => all.Any(e => e.Signal == "metrics" && e.Services.Contains(s))), ExportWait);
        Assert.All(everyService, s => Assert.Contains(exports, e => e.Signal == "metrics" && e.Services.Contains(s)));
        Assert.All(exports, e => Assert.Equal(stack.Protocol, e.Protocol));
        Assert.Empty(Receiver.Errors);
    }
}
