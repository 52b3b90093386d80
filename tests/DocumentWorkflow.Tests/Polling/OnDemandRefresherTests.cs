using DocumentUploads.Contracts.Providers;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using DocumentUploads.Telemetry;
using DocumentUploads.TestSupport;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Polling;

/// <summary>The on-demand refresh against a real SQLite store: it asks only for stale pending documents, moves them
/// as a cycle would, asks for each at most once per max age, shares one call between concurrent reads, and falls back
/// to the stored status when the provider fails.</summary>
public sealed class OnDemandRefresherTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _folder = Directory.CreateTempSubdirectory("du-on-demand-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly PollingSettings _settings = new() { OnDemandMaxAge = TimeSpan.FromSeconds(60), OnDemandMaxDocuments = 2 };
    private DocumentStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new DocumentStore(new SqliteDialect(SqliteConnectionStrings.ForDataDirectory(_folder)), NullLogger<DocumentStore>.Instance);
        await _store.InitializeAsync(None);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private OnDemandRefresher Refresher(IProviderStatusClient providers) => new(providers,
        new PollResultsWriter(_store, new TransitionTelemetry(new ServiceTelemetry("on-demand-tests"), NullLogger<TransitionTelemetry>.Instance), _clock),
        new MemoryCache(new MemoryCacheOptions()), new FixedOptionsMonitor<PollingSettings>(_settings), _clock,
        NullLogger<OnDemandRefresher>.Instance);

    private async Task<TrackedDocument> RegisterAsync(string requestId) =>
        (await _store.RegisterAsync(new NewDocument(Guid.CreateVersion7(), "lighthouse", requestId, "600000001", "p1", "L023", "a.pdf", []),
            DocumentStateMachine.Register(_clock.GetUtcNow()), None)).Document;

    private static ScriptedProviders Completing() => new((_, ids, _) => Task.FromResult(ScriptedProviders.AllSucceeded(ids)));

    [Fact]
    public async Task A_stale_pending_document_is_moved_as_a_cycle_would_move_it()
    {
        var document = await RegisterAsync("1");
        _clock.Advance(TimeSpan.FromSeconds(61));
        var providers = Completing();

        Assert.True(await Refresher(providers).RefreshAsync([document], [], None));

        var stored = (await _store.GetAsync(document.Id, None))!;
        Assert.Equal(DocumentState.Completed, stored.State);
        Assert.Equal(TransitionKind.Completed, (await _store.GetHistoryAsync(document.Id, None))[^1].Kind);
        Assert.Equal(1, providers.Calls);
    }

    [Fact]
    public async Task A_status_younger_than_the_max_age_is_not_asked_for()
    {
        var document = await RegisterAsync("1");
        _clock.Advance(TimeSpan.FromSeconds(59));
        var providers = Completing();

        Assert.False(await Refresher(providers).RefreshAsync([document], [], None));

        Assert.Equal(0, providers.Calls);
        Assert.Equal(DocumentState.Submitted, (await _store.GetAsync(document.Id, None))!.State);
    }

    [Fact]
    public async Task A_document_is_asked_for_at_most_once_per_max_age_whoever_reads_it()
    {
        var document = await RegisterAsync("1");
        _clock.Advance(TimeSpan.FromMinutes(5));
        var calls = 0;
        var refresher = Refresher(new ScriptedProviders((_, ids, _) =>
        {
            calls++;
            return Task.FromResult(new ProviderStatusReport([.. ids.Select(id => new ProviderDocumentStatus(id, "IN_PROGRESS", [], null))], []));
        }));

        await refresher.RefreshAsync([document], [], None);
        _clock.Advance(TimeSpan.FromSeconds(30));
        await refresher.RefreshAsync([(await _store.GetAsync(document.Id, None))!], [], None);
        Assert.Equal(1, calls);

        _clock.Advance(TimeSpan.FromSeconds(31));
        await refresher.RefreshAsync([(await _store.GetAsync(document.Id, None))!], [], None);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Finished_documents_are_never_asked_for_and_at_most_the_limit_are()
    {
        var documents = new List<TrackedDocument>();
        for (var i = 0; i < 4; i++) documents.Add(await RegisterAsync($"{i}"));
        _clock.Advance(TimeSpan.FromMinutes(5));
        var asked = new List<string>();
        var providers = new ScriptedProviders((_, ids, _) =>
        {
            asked.AddRange(ids);
            return Task.FromResult(ScriptedProviders.AllSucceeded(ids));
        });
        var finished = documents[0] with { State = DocumentState.Completed };

        await Refresher(providers).RefreshAsync([finished, documents[1], documents[2], documents[3]], [], None);

        Assert.Equal(["1", "2"], asked); // two at most, newest listed first, the completed one skipped
    }

    [Fact]
    public async Task A_failing_provider_leaves_the_stored_status_and_the_read_goes_on()
    {
        var document = await RegisterAsync("1");
        _clock.Advance(TimeSpan.FromMinutes(5));
        var providers = new ScriptedProviders((provider, _, _) => throw new ProviderCallException(provider, "503 from the provider"));

        Assert.False(await Refresher(providers).RefreshAsync([document], [], None));

        Assert.Equal(DocumentState.Submitted, (await _store.GetAsync(document.Id, None))!.State);
    }

    [Fact]
    public async Task Concurrent_reads_of_one_document_share_one_provider_call()
    {
        var document = await RegisterAsync("1");
        _clock.Advance(TimeSpan.FromMinutes(5));
        var release = new TaskCompletionSource();
        var providers = new ScriptedProviders(async (_, ids, _) =>
        {
            await release.Task;
            return ScriptedProviders.AllSucceeded(ids);
        });
        var refresher = Refresher(providers);

        var first = refresher.RefreshAsync([document], [], None);
        var second = refresher.RefreshAsync([document], [], None);
        release.SetResult();

        var results = await Task.WhenAll(first, second);
        Assert.All(results, Assert.True);
        Assert.Equal(1, providers.Calls);
        Assert.Equal(DocumentState.Completed, (await _store.GetAsync(document.Id, None))!.State);
    }
}
