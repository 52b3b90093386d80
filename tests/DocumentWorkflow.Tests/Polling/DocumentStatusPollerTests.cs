using DocumentUploads.TestSupport;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using DocumentUploads.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using DocumentUploads.DocumentWorkflow.Tests.Alerts;

namespace DocumentUploads.DocumentWorkflow.Tests.Polling;

/// <summary>The poller in-process, on a real SQLite store and a scripted provider: the lease that follows the
/// cycle's life, a provider failing half-way, and a lease lost mid-cycle. Real time, short leases.</summary>
public sealed class DocumentStatusPollerTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _folder = Directory.CreateTempSubdirectory("du-poller-").FullName;
    private readonly ServiceTelemetry _telemetry = new("poller-tests");
    private DocumentStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new DocumentStore(new SqliteDialect(SqliteConnectionStrings.ForDataDirectory(_folder)), NullLogger<DocumentStore>.Instance);
        await _store.InitializeAsync(None);
    }

    public Task DisposeAsync()
    {
        _telemetry.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private DocumentStatusPoller Poller(IProviderStatusClient providers, PollingSettings settings) => new(
        _store, providers, new TransitionTelemetry(_telemetry, NullLogger<TransitionTelemetry>.Instance), _telemetry,
        new FixedOptionsMonitor<PollingSettings>(settings), TimeProvider.System, NullLogger<DocumentStatusPoller>.Instance);

    private async Task RegisterAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await _store.RegisterAsync(new NewDocument(Guid.CreateVersion7(), "lighthouse", $"req-{i}", "600000001", "p1", "L023",
                $"doc-{i}.pdf", []), DocumentStateMachine.Register(DateTimeOffset.UtcNow), None);
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(SqliteConnectionStrings.ForDataDirectory(_folder));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<int> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection(SqliteConnectionStrings.ForDataDirectory(_folder));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_page_slower_than_the_lease_keeps_it_and_no_second_cycle_starts_meanwhile()
    {
        await RegisterAsync(3);
        var settings = new PollingSettings { LeaseDuration = TimeSpan.FromSeconds(2) };
        var providers = new ScriptedProviders(async (_, ids, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(7), ct); // three and a half leases
            return ScriptedProviders.AllSucceeded(ids);
        });
        var poller = Poller(providers, settings);

        var first = await poller.TryStartAsync("test", None);
        await Task.Delay(TimeSpan.FromSeconds(4)); // past the first lease's end: only renewal keeps it
        var second = await poller.TryStartAsync("test", None);
        var finished = await first.Completion!;

        Assert.Null(second.Completion);
        Assert.Equal(PollCycleRecord.Skipped, second.View.Outcome);
        Assert.Equal(PollCycleRecord.Succeeded, finished.Outcome);
        Assert.Equal(3, finished.Transitions);
        Assert.Equal(3, await CountAsync("SELECT count(*) FROM documents WHERE status = 'completed'"));
    }

    [Fact]
    public async Task A_lease_lost_mid_cycle_stops_the_cycle_and_writes_nothing_of_the_page()
    {
        await RegisterAsync(3);
        var settings = new PollingSettings { LeaseDuration = TimeSpan.FromSeconds(1.5) };
        var providers = new ScriptedProviders(async (_, ids, ct) =>
        {
            // Another holder takes the lease (as if this one had stalled past it).
            await _store.ReleaseLeaseAsync(DocumentStatusPoller.LeaseName, await HolderAsync(), ct);
            Assert.True(await _store.TryAcquireLeaseAsync(DocumentStatusPoller.LeaseName, "other-replica", DateTimeOffset.UtcNow,
                TimeSpan.FromMinutes(5), ct));
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return ScriptedProviders.AllSucceeded(ids);
        });

        var start = await Poller(providers, settings).TryStartAsync("test", None);
        var finished = await start.Completion!.WaitAsync(TimeSpan.FromSeconds(8));

        Assert.Equal(PollCycleRecord.Failed, finished.Outcome);
        Assert.Contains("lease", finished.Message);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM documents WHERE status = 'completed'"));
        Assert.Equal(3, await CountAsync("SELECT count(*) FROM document_transitions"));
    }

    [Fact]
    public async Task A_provider_failing_half_way_leaves_its_batches_for_the_next_cycle_and_applies_the_rest()
    {
        await RegisterAsync(4);
        var settings = new PollingSettings { BatchSize = 2, MaxConcurrentRequestsPerProvider = 1 };
        var calls = 0;
        var providers = new ScriptedProviders((provider, ids, _) => Interlocked.Increment(ref calls) == 2
            ? throw new ProviderCallException(provider, "timed out")
            : Task.FromResult(ScriptedProviders.AllSucceeded(ids)));
        var poller = Poller(providers, settings);

        var first = await (await poller.TryStartAsync("test", None)).Completion!;
        var second = await (await poller.TryStartAsync("test", None)).Completion!;

        Assert.Equal(PollCycleRecord.CompletedWithErrors, first.Outcome);
        Assert.Equal(1, first.ProviderErrors);
        Assert.Equal(2, first.Transitions);
        Assert.Equal(PollCycleRecord.Succeeded, second.Outcome);
        Assert.Equal(2, second.Transitions);
        Assert.Equal(4, await CountAsync("SELECT count(*) FROM documents WHERE status = 'completed'"));
        Assert.Equal(8, await CountAsync("SELECT count(*) FROM document_transitions")); // registered + completed, none twice
    }

    [Theory]
    [InlineData(null, 3, 3)] // as many as the provider takes
    [InlineData(2, 3, 4)] // Polling:BatchSize set lower
    [InlineData(5, 3, 3)] // set higher: the provider's limit still holds
    [InlineData(null, null, 1)] // the provider could not say: the fallback of 100
    public async Task Status_requests_carry_as_many_ids_as_the_provider_states_unless_set_lower(int? configured, int? stated, int requests)
    {
        await RegisterAsync(7);
        var sizes = new List<int>();
        var providers = new ScriptedProviders((_, ids, _) =>
        {
            lock (sizes) sizes.Add(ids.Count);
            return Task.FromResult(ScriptedProviders.AllSucceeded(ids));
        }) { MaxIdsPerRequest = stated };

        var finished = await (await Poller(providers, new PollingSettings { BatchSize = configured }).TryStartAsync("test", None)).Completion!;

        Assert.Equal(PollCycleRecord.Succeeded, finished.Outcome);
        Assert.Equal(requests, sizes.Count);
        Assert.Equal(7, sizes.Sum());
        Assert.True(sizes.Max() <= StatusBatchSize.Choose(configured, stated));
    }

    [Fact]
    public async Task A_cycle_writes_only_the_documents_that_changed()
    {
        await RegisterAsync(10);
        var finishing = new HashSet<string>(["req-0", "req-1", "req-2"]);
        var cycle = 0;
        // Cycle 1: every document reaches VBMS. Cycle 2: three finish, seven report exactly what they did before.
        var providers = new ScriptedProviders((_, ids, _) => Task.FromResult(new ProviderStatusReport(ids.Select(id =>
            Volatile.Read(ref cycle) == 2 && finishing.Contains(id)
                ? new ProviderDocumentStatus(id, ProviderDocumentStatus.Success, [], null)
                : new ProviderDocumentStatus(id, ProviderDocumentStatus.InProgress,
                    [new ProviderStep("CLAIMS_EVIDENCE", ProviderStep.InProgress), new ProviderStep("BENEFITS_GATEWAY_SERVICE", ProviderStep.NotStarted)],
                    null)).ToList(), [])));
        var poller = Poller(providers, new PollingSettings());
        Volatile.Write(ref cycle, 1);
        Assert.Equal(10, (await (await poller.TryStartAsync("test", None)).Completion!).Transitions);
        // Every row update from here on is counted, whatever statement makes it.
        await ExecuteAsync("""
            CREATE TABLE document_writes (seq INTEGER NOT NULL);
            CREATE TRIGGER count_document_writes AFTER UPDATE ON documents BEGIN INSERT INTO document_writes VALUES (new.seq); END;
            """);

        Volatile.Write(ref cycle, 2);
        var second = await (await poller.TryStartAsync("test", None)).Completion!;

        Assert.Equal((10, 3), (second.DocumentsPolled, second.Transitions));
        Assert.Equal(3, await CountAsync("SELECT count(*) FROM document_writes"));
        Assert.Equal(3, await CountAsync("""
            SELECT count(*) FROM document_writes w JOIN documents d ON d.seq = w.seq
            WHERE d.status = 'completed' AND d.provider_request_id IN ('req-0', 'req-1', 'req-2')
            """));
    }

    [Fact]
    public async Task A_dead_holders_lease_blocks_a_new_cycle_only_until_it_runs_out()
    {
        await RegisterAsync(1);
        Assert.True(await _store.TryAcquireLeaseAsync(DocumentStatusPoller.LeaseName, "dead-process", DateTimeOffset.UtcNow,
            TimeSpan.FromSeconds(2), None));
        var poller = Poller(new ScriptedProviders((_, ids, _) => Task.FromResult(ScriptedProviders.AllSucceeded(ids))), new PollingSettings());

        var blocked = await poller.TryStartAsync("test", None);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var after = await poller.TryStartAsync("test", None);

        Assert.Null(blocked.Completion);
        Assert.Equal(PollCycleRecord.Succeeded, (await after.Completion!).Outcome);
    }

    private async Task<string> HolderAsync()
    {
        await using var connection = new SqliteConnection(SqliteConnectionStrings.ForDataDirectory(_folder));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT holder FROM leases";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
