using DocumentUploads.Contracts.Features;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Api;
using DocumentUploads.DocumentWorkflow.Features;
using DocumentUploads.DocumentWorkflow.Form526;
using DocumentUploads.DocumentWorkflow.Monitoring;
using DocumentUploads.DocumentWorkflow.Notices;
using DocumentUploads.DocumentWorkflow.Ops.Queries;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Retention;
using DocumentUploads.DocumentWorkflow.Storage;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Ops;

/// <summary>Builds every dashboard report once; the HTML pages and the /ops/api JSON both call these
/// methods, so a page and its JSON never disagree.</summary>
public sealed class OpsReports(
    IOpsQueries queries,
    IDocumentStatistics statistics,
    IDocumentStore documents,
    INoticeStore notices,
    IForm526Store form526,
    IFeatureFlagStore flags,
    IOptionsMonitor<PollingSettings> polling,
    IOptions<Form526Settings> form526Settings,
    IRetentionStore retention,
    TimeProvider time)
{
    public static readonly IReadOnlyList<string> FailureStatuses = [DocumentStatuses.Failed, DocumentStatuses.UploadFailed];

    public async Task<OpsSummary> SummaryAsync(CancellationToken cancellationToken) =>
        OpsSummary.From(await queries.CountAsync(cancellationToken), time.GetUtcNow()) with
        {
            LastPurge = await retention.LastRunAsync(cancellationToken),
        };

    public async Task<ThroughputReport> ThroughputAsync(ThroughputRange range, CancellationToken cancellationToken)
    {
        var from = range.StartFor(time.GetUtcNow());
        return ThroughputReport.Create(range, from, await queries.ThroughputAsync(from, range.Bucket, range.Buckets, cancellationToken));
    }

    public Task<IReadOnlyList<OpsDocumentRow>> FailuresAsync(int? limit, CancellationToken cancellationToken) =>
        queries.LatestInStatusAsync(FailureStatuses, OpsLimits.Clamp(limit), cancellationToken);

    public async Task<StuckReport> StuckAsync(int? limit, CancellationToken cancellationToken)
    {
        var settings = polling.CurrentValue;
        var now = time.GetUtcNow();
        var take = OpsLimits.Clamp(limit);
        // Same thresholds and the same count query as the documentuploads.documents.stuck gauge.
        var counts = await statistics.CountAsync(now - settings.StuckAfter, now - settings.TimeoutAfter, cancellationToken);
        var stuck = (await queries.PendingCreatedBeforeAsync(now - settings.StuckAfter, take, cancellationToken))
            .Select(d => new StuckDocument(d, Math.Round((now - d.CreatedAt).TotalHours, 1),
                now - d.CreatedAt >= settings.TimeoutAfter ? "critical" : "warning"))
            .ToList();
        var notFound = await queries.LatestInStatusAsync([DocumentStatuses.NotFound], take, cancellationToken);
        var timedOut = await queries.LatestInStatusAsync([DocumentStatuses.TimedOut], take, cancellationToken);
        return new StuckReport(now, settings.StuckAfter.TotalHours, settings.TimeoutAfter.TotalHours, counts.StuckPastWarning,
            counts.StuckPastCritical, counts.ByStatus.GetValueOrDefault(DocumentStatuses.NotFound),
            counts.ByStatus.GetValueOrDefault(DocumentStatuses.TimedOut), take, stuck, notFound, timedOut);
    }

    public async Task<IReadOnlyList<CycleView>> CyclesAsync(int? limit, CancellationToken cancellationToken) =>
        (await documents.RecentCyclesAsync(OpsLimits.Clamp(limit), cancellationToken)).Select(CycleView.From).ToList();

    public async Task<Form526IncompleteReport> Form526IncompleteAsync(int? limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sla = form526Settings.Value.CompletionSla;
        var take = OpsLimits.Clamp(limit);
        var records = await form526.ListIncompleteSubmittedBeforeAsync(now - sla, take, cancellationToken);
        return new Form526IncompleteReport(now, sla.TotalHours, now - sla, take, records.Select(Form526Completeness.ToView).ToList());
    }

    public async Task<TrackedDocumentView?> DocumentAsync(Guid id, CancellationToken cancellationToken) =>
        await documents.GetAsync(id, cancellationToken) is { } document
            ? document.ToView(await documents.GetHistoryAsync(id, cancellationToken),
                await LastPolledTime.CyclesFor([document], documents, cancellationToken),
                await notices.GetForDocumentAsync(id, cancellationToken))
            : null;

    public async Task<FlagsReport> FlagsAsync(int? changesLimit, CancellationToken cancellationToken)
    {
        var overrides = await flags.GetAllAsync(cancellationToken);
        var changes = await flags.RecentChangesAsync(OpsLimits.Clamp(changesLimit), cancellationToken);
        return new FlagsReport(overrides, changes);
    }
}
