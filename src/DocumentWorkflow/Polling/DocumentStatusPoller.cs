using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.Telemetry;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>Runs poll cycles: reads pending documents in keyset pages, asks each provider for
/// their status in bulk batches, runs the state machine, and writes back what changed, one
/// transaction per page. One cycle at a time across all replicas, by a lease in the store.</summary>
public sealed partial class DocumentStatusPoller
{
    public const string LeaseName = "document-status-poll";

    private readonly IDocumentStore _store;
    private readonly IProviderStatusClient _providers;
    private readonly ServiceTelemetry _telemetry;
    private readonly IOptionsMonitor<PollingSettings> _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<DocumentStatusPoller> _logger;
    private readonly Histogram<double> _cycleDuration;
    private readonly Histogram<long> _cycleSize;
    private readonly Counter<long> _documentsPolled;
    private readonly Counter<long> _providerErrors;
    private readonly IReadOnlyList<IPollCycleObserver> _observers;
    private readonly PollResultsWriter _writer;

    public DocumentStatusPoller(IDocumentStore store, IProviderStatusClient providers, TransitionTelemetry transitions,
        ServiceTelemetry telemetry, IOptionsMonitor<PollingSettings> settings, TimeProvider time,
        ILogger<DocumentStatusPoller> logger, IEnumerable<IPollCycleObserver>? observers = null)
    {
        _store = store;
        _providers = providers;
        _telemetry = telemetry;
        _settings = settings;
        _time = time;
        _logger = logger;
        _observers = observers?.ToList() ?? [];
        _writer = new PollResultsWriter(store, transitions, time);
        _cycleDuration = telemetry.Meter.CreateHistogram<double>("documentuploads.poll.cycle.duration", "s",
            "Duration of poll cycles.");
        _cycleSize = telemetry.Meter.CreateHistogram<long>("documentuploads.poll.cycle.size", "{document}",
            "Documents polled per cycle.");
        _documentsPolled = telemetry.Meter.CreateCounter<long>("documentuploads.poll.documents", "{document}",
            "Documents whose status a provider answered for.");
        _providerErrors = telemetry.Meter.CreateCounter<long>("documentuploads.provider.status.errors", "{batch}",
            "Provider status batches that failed.");
    }

    /// <summary>Takes the lease and starts a cycle in the background, or says why it did not.</summary>
    public async Task<PollCycleStart> TryStartAsync(string trigger, CancellationToken stopping)
    {
        var settings = _settings.CurrentValue;
        var startedAt = _time.GetUtcNow();
        var id = Guid.CreateVersion7(startedAt);
        var holder = $"{Environment.MachineName}/{Environment.ProcessId}/{id}";

        if (!await _store.TryAcquireLeaseAsync(LeaseName, holder, startedAt, settings.LeaseDuration, stopping))
        {
            LogSkipped(trigger);
            return new PollCycleStart(new PollCycleView(null, PollCycleRecord.Skipped, startedAt, startedAt, 0, 0, 0,
                "A poll cycle is already running; this trigger started none."), null);
        }

        var running = new PollCycleRecord(id, trigger, startedAt, null, PollCycleRecord.Running, 0, 0,
            new Dictionary<string, int>(), 0, 0, 0, null);
        try
        {
            await _store.AbandonRunningCyclesAsync(id, startedAt, stopping);
            await _store.SaveCycleAsync(running, stopping);
        }
        catch
        {
            await ReleaseAsync(holder);
            throw;
        }
        var completion = Task.Run(() => RunAsync(running, holder, settings, stopping), CancellationToken.None);
        return new PollCycleStart(ToView(running), completion);
    }

    private async Task<PollCycleView> RunAsync(PollCycleRecord cycle, string holder, PollingSettings settings,
        CancellationToken stopping)
    {
        // Each cycle is its own trace, linked to the request that triggered it: that request (the
        // cron binding's, or ?wait=false) may end long before the cycle, and scheduled cycles have none.
        var trigger = Activity.Current?.Context;
        Activity.Current = null;
        using var activity = _telemetry.ActivitySource.StartActivity(ActivityKind.Internal, default,
            links: trigger is { } t ? [new ActivityLink(t)] : null, name: "poll-cycle");
        activity?.SetTag("poll.cycle.id", cycle.Id.ToString());
        activity?.SetTag("poll.trigger", cycle.Trigger);
        var counters = new PollCycleCounters();
        var stopwatch = Stopwatch.StartNew();
        string outcome;
        string? message = null;
        using var lease = new PollLeaseHeartbeat(_store, LeaseName, holder, settings, _time, _logger, stopping);
        try
        {
            await PollAllPagesAsync(settings, counters, lease.HeldToken);
            outcome = counters.ProviderErrors > 0 ? PollCycleRecord.CompletedWithErrors : PollCycleRecord.Succeeded;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            outcome = PollCycleRecord.Abandoned;
            message = "The service stopped during the cycle; the next cycle carries on.";
        }
        catch (OperationCanceledException) when (lease.IsLost)
        {
            // Another replica may hold it now: stop, so two cycles never run at once.
            outcome = PollCycleRecord.Failed;
            message = "The poll lease could not be renewed; the cycle stopped so only one cycle runs. The next cycle carries on.";
            LogLeaseLost(cycle.Id);
        }
        catch (Exception ex)
        {
            outcome = PollCycleRecord.Failed;
            message = ex.Message;
            LogCycleFailed(ex, cycle.Id);
        }

        await lease.StopAsync();
        var finished = cycle with
        {
            FinishedAt = _time.GetUtcNow(),
            Outcome = outcome,
            DocumentsPolled = counters.DocumentsPolled,
            Transitions = counters.Transitions,
            TransitionsByKind = new Dictionary<string, int>(counters.TransitionsByKind),
            ProviderErrors = counters.ProviderErrors,
            UnexpectedIds = counters.UnexpectedIds,
            Conflicts = counters.Conflicts,
            Message = message,
            ProviderErrorsByProvider = new Dictionary<string, int>(counters.ProviderErrorsByProvider),
            ProviderBatchesByProvider = new Dictionary<string, int>(counters.ProviderBatchesByProvider),
        };
        try
        {
            await _store.SaveCycleAsync(finished, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogCycleRecordFailed(ex, cycle.Id);
        }
        await ReleaseAsync(holder);

        _cycleDuration.Record(stopwatch.Elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));
        _cycleSize.Record(counters.DocumentsPolled, new KeyValuePair<string, object?>("outcome", outcome));
        activity?.SetTag("poll.outcome", outcome);
        activity?.SetTag("poll.documents", counters.DocumentsPolled);
        LogCycleFinished(cycle.Id, outcome, counters.DocumentsPolled, counters.Transitions, counters.ProviderErrors,
            stopwatch.Elapsed.TotalSeconds);
        foreach (var observer in _observers)
        {
            try
            {
                observer.CycleFinished(finished);
            }
            catch (Exception ex)
            {
                // The monitors and the heartbeat must never fail a cycle.
                LogObserverFailed(ex, cycle.Id);
            }
        }
        return ToView(finished);
    }

    // A reader streams keyset pages into a bounded channel; a few page workers poll and write
    // them concurrently (pages are disjoint, so their writes never touch the same document).
    // Requests in flight per provider are bounded across all pages by one gate per provider.
    private async Task PollAllPagesAsync(PollingSettings settings, PollCycleCounters counters, CancellationToken stopping)
    {
        using var failure = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var cancellation = failure.Token;
        var pages = Channel.CreateBounded<IReadOnlyList<PendingDocument>>(
            new BoundedChannelOptions(settings.PagesInFlight) { SingleWriter = true });
        var gates = new ConcurrentDictionary<string, SemaphoreSlim>();
        SemaphoreSlim Gate(string provider) =>
            gates.GetOrAdd(provider, _ => new SemaphoreSlim(settings.MaxConcurrentRequestsPerProvider));
        // Asked once per provider per cycle, so a redeployed provider's new limit applies from the next cycle.
        var batchSizes = new ConcurrentDictionary<string, Lazy<Task<int>>>();
        Task<int> BatchSizeAsync(string provider) => batchSizes.GetOrAdd(provider, p => new Lazy<Task<int>>(async () =>
        {
            var stated = await _providers.MaxIdsPerRequestAsync(p, cancellation);
            if (stated is null) LogBatchSizeUnknown(p, StatusBatchSize.Choose(settings.BatchSize, null));
            return StatusBatchSize.Choose(settings.BatchSize, stated);
        })).Value;

        async Task ReadPagesAsync()
        {
            long afterSeq = 0;
            while (true)
            {
                var cut = _time.GetUtcNow() - settings.TimedOutPollInterval;
                var page = await _store.GetPendingPageAsync(afterSeq, settings.PageSize, cut, cancellation);
                if (page.Count == 0) break;
                afterSeq = page[^1].Seq;
                await pages.Writer.WriteAsync(page, cancellation);
                if (page.Count < settings.PageSize) break;
            }
            pages.Writer.Complete();
        }

        async Task ProcessPagesAsync()
        {
            await foreach (var page in pages.Reader.ReadAllAsync(cancellation))
            {
                var batches = new List<Task<StatusBatchOutcome>>();
                foreach (var group in page.GroupBy(d => d.Provider))
                {
                    var size = await BatchSizeAsync(group.Key);
                    batches.AddRange(group.Chunk(size).Select(batch =>
                        PollBatchAsync(group.Key, batch, Gate(group.Key), settings.Policy, counters, cancellation)));
                }
                var outcomes = await Task.WhenAll(batches);
                var result = await _writer.WriteAsync(page.ToDictionary(d => d.Seq), outcomes, cancellation);
                var polled = outcomes.Sum(o => o.Polled.Count);
                counters.AddPolled(polled);
                counters.AddConflicts(result.Conflicts);
                _documentsPolled.Add(polled);
                foreach (var change in result.Applied) counters.AddTransition(TransitionKinds.ToName(change.Transition.Kind));
            }
        }

        // The first failure cancels the others, so a dead store does not leave workers waiting.
        async Task CancelOthersOnFailure(Func<Task> work)
        {
            try
            {
                await work();
            }
            catch
            {
                failure.Cancel();
                throw;
            }
        }

        var tasks = Enumerable.Range(0, settings.PagesInFlight).Select(_ => CancelOthersOnFailure(ProcessPagesAsync))
            .Prepend(CancelOthersOnFailure(ReadPagesAsync)).ToList();
        try
        {
            await Task.WhenAll(tasks);
        }
        catch when (!stopping.IsCancellationRequested)
        {
            // Report the failure that started it, not a cancellation it caused.
            var cause = tasks.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions)
                .FirstOrDefault(e => e is not OperationCanceledException);
            if (cause is not null) ExceptionDispatchInfo.Throw(cause);
            throw;
        }
        finally
        {
            foreach (var gate in gates.Values) gate.Dispose();
        }
    }

    private async Task<StatusBatchOutcome> PollBatchAsync(string provider, PendingDocument[] batch, SemaphoreSlim gate,
        PollingPolicy policy, PollCycleCounters counters, CancellationToken cancellationToken)
    {
        var byRequestId = batch.ToDictionary(d => d.ProviderRequestId, StringComparer.Ordinal);
        counters.AddProviderBatch(provider);
        ProviderAnswer answer;
        await gate.WaitAsync(cancellationToken);
        using (var span = _telemetry.ActivitySource.StartActivity("poll-provider-batch"))
        {
            span?.SetTag("provider", provider);
            span?.SetTag("batch.size", batch.Length);
            try
            {
                var report = await _providers.QueryAsync(provider, byRequestId.Keys.ToList(), cancellationToken);
                answer = ProviderStatusMapper.MapReport(byRequestId.Keys, report);
                span?.SetTag("outcome", "succeeded");
            }
            catch (ProviderCallException ex)
            {
                // One failing batch does not stop the cycle: its documents stay as they are
                // (not marked polled) and the next cycle asks again.
                counters.AddProviderError(provider);
                _providerErrors.Add(1, new KeyValuePair<string, object?>("provider", provider));
                span?.SetTag("outcome", "failed");
                span?.SetStatus(ActivityStatusCode.Error, ex.Reason);
                LogBatchFailed(provider, batch.Length, ex.Reason);
                return StatusBatchOutcome.Empty;
            }
            finally
            {
                gate.Release();
            }
        }

        if (answer.UnexpectedIds.Count > 0)
        {
            counters.AddUnexpected(answer.UnexpectedIds.Count);
            LogUnexpectedIds(provider, answer.UnexpectedIds.Count, string.Join(",", answer.UnexpectedIds.Take(10)));
        }
        return StatusBatchOutcome.From(byRequestId, answer, policy, _time.GetUtcNow(),
            (document, status) => LogUnrecognizedStatus(provider, document.Id, status));
    }

    private async Task ReleaseAsync(string holder)
    {
        try
        {
            await _store.ReleaseLeaseAsync(LeaseName, holder, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The lease expires by itself; the next cycle waits at most LeaseDuration.
            LogLeaseReleaseFailed(ex);
        }
    }

    private static PollCycleView ToView(PollCycleRecord c) => new(c.Id, c.Outcome, c.StartedAt, c.FinishedAt,
        c.DocumentsPolled, c.Transitions, c.ProviderErrors, c.Message);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Poll trigger '{Trigger}' skipped: a cycle is already running")]
    private partial void LogSkipped(string trigger);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Poll cycle {CycleId} {Outcome}: {Polled} documents polled, {Transitions} transitions, {ProviderErrors} provider errors in {Seconds:F2} s")]
    private partial void LogCycleFinished(Guid cycleId, string outcome, int polled, int transitions, int providerErrors, double seconds);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Poll cycle {CycleId} failed")]
    private partial void LogCycleFailed(Exception ex, Guid cycleId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning,
        Message = "Status batch of {Count} documents to provider {Provider} failed: {Reason}")]
    private partial void LogBatchFailed(string provider, int count, string reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning,
        Message = "Provider {Provider} reported {Count} request ids nobody asked about (ignored): {Sample}")]
    private partial void LogUnexpectedIds(string provider, int count, string sample);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning,
        Message = "Provider {Provider} reported unrecognized status '{Status}' for document {DocumentId}; left unchanged")]
    private partial void LogUnrecognizedStatus(string provider, Guid documentId, string status);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Error, Message = "Could not record the result of poll cycle {CycleId}")]
    private partial void LogCycleRecordFailed(Exception ex, Guid cycleId);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "Could not tell the alert monitors that poll cycle {CycleId} finished")]
    private partial void LogObserverFailed(Exception ex, Guid cycleId);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Error, Message = "Poll cycle {CycleId} lost its lease and stopped")]
    private partial void LogLeaseLost(Guid cycleId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning,
        Message = "Provider {Provider} did not say how many ids a status request may carry; this cycle sends {BatchSize} per request")]
    private partial void LogBatchSizeUnknown(string provider, int batchSize);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Could not release the poll lease; it will expire by itself")]
    private partial void LogLeaseReleaseFailed(Exception ex);
}
