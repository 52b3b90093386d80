using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Api;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Features;
using DocumentUploads.DocumentWorkflow.Idempotency;
using DocumentUploads.DocumentWorkflow.Notices;
using DocumentUploads.DocumentWorkflow.Polling;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Tests.Polling;
using DocumentUploads.Telemetry;
using DocumentUploads.TestSupport;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DocumentUploads.DocumentWorkflow.Tests.Idempotency;

/// <summary>The route handlers over a real SQLite file: validation, and the answer a completed key carries.</summary>
public sealed class IdempotencyKeysApiTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string FileA = new('a', 64);
    private readonly string _directory = Directory.CreateTempSubdirectory("du-idempotency-api-").FullName;
    private readonly ManualClock _time = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly IOptions<IdempotencySettings> _settings = Options.Create(new IdempotencySettings());
    private IdempotencyStore _keys = null!;
    private NoticeStore _notices = null!;
    private DocumentStore _documents = null!;

    public async Task InitializeAsync()
    {
        var connectionString = SqliteConnectionStrings.ForDataDirectory(_directory);
        _documents = new DocumentStore(new SqliteDialect(connectionString), NullLogger<DocumentStore>.Instance);
        await _documents.InitializeAsync(None);
        _keys = new IdempotencyStore(new SqliteDialect(connectionString));
        _notices = new NoticeStore(new SqliteDialect(connectionString));
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private async Task<IdempotencyKeyReservation> ReserveAsync(IdempotencyKeyReservationRequest request)
    {
        var result = await IdempotencyKeysApi.ReserveAsync(request, _keys, _documents, _settings, _time, None);
        return Assert.IsType<Ok<IdempotencyKeyReservation>>(result.Result).Value!;
    }

    [Fact]
    public async Task A_retry_after_completion_gets_the_document_as_get_documents_shows_it()
    {
        var first = new IdempotencyKeyReservationRequest("p1", "key-1", FileA, Guid.CreateVersion7());
        Assert.Equal(IdempotencyKeyOutcomes.Reserved, (await ReserveAsync(first)).Outcome);
        await _documents.RegisterAsync(new NewDocument(first.DocumentId, "lighthouse", "req-1", "600000001", "p1", "L023",
            "statement.pdf", [1234]), DocumentStateMachine.Register(_time.GetUtcNow()), None);
        var completed = await IdempotencyKeysApi.CompleteAsync(new IdempotencyKeyAttempt("p1", "key-1", first.DocumentId), _keys, _time, None);
        Assert.IsType<NoContent>(completed.Result);

        var answer = await ReserveAsync(first with { DocumentId = Guid.CreateVersion7() });

        Assert.Equal(IdempotencyKeyOutcomes.Completed, answer.Outcome);
        Assert.Equal((first.DocumentId, "req-1", DocumentStatuses.Submitted), (answer.Document!.Id, answer.Document.ProviderRequestId, answer.Document.Status));
        Assert.Single(answer.Document.History);
    }

    [Fact]
    public async Task A_key_completed_before_its_document_is_registered_reads_as_in_progress()
    {
        var first = new IdempotencyKeyReservationRequest("p1", "key-1", FileA, Guid.CreateVersion7());
        await ReserveAsync(first);
        await IdempotencyKeysApi.CompleteAsync(new IdempotencyKeyAttempt("p1", "key-1", first.DocumentId), _keys, _time, None);

        var answer = await ReserveAsync(first with { DocumentId = Guid.CreateVersion7() });

        Assert.Equal(new IdempotencyKeyReservation(IdempotencyKeyOutcomes.InProgress), answer);
    }

    [Fact]
    public async Task Completing_or_releasing_for_an_attempt_that_does_not_hold_the_key_is_a_conflict()
    {
        var stranger = new IdempotencyKeyAttempt("p1", "key-1", Guid.CreateVersion7());

        var completed = await IdempotencyKeysApi.CompleteAsync(stranger, _keys, _time, None);
        var released = await IdempotencyKeysApi.ReleaseAsync(stranger, _keys, None);

        Assert.Equal(IdempotencyKeysApi.NotHeld, Assert.IsType<Conflict<ProblemDetailsBody>>(completed.Result).Value!.Code);
        Assert.Equal(IdempotencyKeysApi.NotHeld, Assert.IsType<Conflict<ProblemDetailsBody>>(released.Result).Value!.Code);
    }

    [Theory]
    [InlineData("", "key-1", "participantId")]
    [InlineData("p1", "", "key")]
    [InlineData("p1", "caf\u00e9", "key")]
    [InlineData("p1", "tab\tkey", "key")]
    public async Task Invalid_input_is_a_validation_problem_naming_the_field(string participant, string key, string field)
    {
        var result = await IdempotencyKeysApi.ReserveAsync(new IdempotencyKeyReservationRequest(participant, key, FileA, Guid.CreateVersion7()),
            _keys, _documents, _settings, _time, None);

        Assert.Contains(field, Assert.IsType<ValidationProblem>(result.Result).ProblemDetails.Errors.Keys);
    }

    [Fact]
    public async Task A_fingerprint_that_is_not_64_lowercase_hex_digits_or_a_missing_document_id_is_refused()
    {
        var result = await IdempotencyKeysApi.ReserveAsync(new IdempotencyKeyReservationRequest("p1", "k", new string('A', 64), Guid.Empty),
            _keys, _documents, _settings, _time, None);

        Assert.Equal(["fingerprint", "documentId"],
            Assert.IsType<ValidationProblem>(result.Result).ProblemDetails.Errors.Keys.Order().Reverse());
    }

    [Fact]
    public void A_key_of_255_printable_characters_is_valid_and_256_is_not()
    {
        Assert.True(IdempotencyKeyFormat.IsValidKey(new string('~', 255)));
        Assert.True(IdempotencyKeyFormat.IsValidKey("a/b?c%20 d"));
        Assert.False(IdempotencyKeyFormat.IsValidKey(new string('x', 256)));
        Assert.False(IdempotencyKeyFormat.IsValidKey(null));
    }
    private DocumentServices Services()
    {
        var transitions = new TransitionTelemetry(new ServiceTelemetry("idempotency-tests"), NullLogger<TransitionTelemetry>.Instance);
        // Registration never refreshes a status: the provider side only has to exist.
        var refresher = new OnDemandRefresher(new ScriptedProviders((_, ids, _) => Task.FromResult(ScriptedProviders.AllSucceeded(ids))),
            new PollResultsWriter(_documents, transitions, _time), new MemoryCache(new MemoryCacheOptions()),
            new FixedOptionsMonitor<PollingSettings>(new PollingSettings()), _time, NullLogger<OnDemandRefresher>.Instance);
        return new(_documents, transitions, _time, _keys, _notices, refresher, NullLogger<DocumentServices>.Instance);
    }

    private static RegisterDocumentRequest Registration(Guid id, string? providerRequestId, string? key = "key-1") =>
        new("lighthouse", providerRequestId, "600000001", "p1", "L023", "statement.pdf", [1234],
            UploadError: providerRequestId is null ? "UPSTREAM_UNAVAILABLE: down" : null, Id: id, IdempotencyKey: key);

    [Fact]
    public async Task Registering_an_accepted_document_under_its_key_completes_the_key_in_the_same_call()
    {
        var first = new IdempotencyKeyReservationRequest("p1", "key-1", FileA, Guid.CreateVersion7());
        await ReserveAsync(first);

        var registered = await DocumentsApi.RegisterAsync(Registration(first.DocumentId, "req-1"), Services(), None);

        Assert.IsType<Created<TrackedDocumentView>>(registered.Result);
        var retry = await ReserveAsync(first with { DocumentId = Guid.CreateVersion7() });
        Assert.Equal((IdempotencyKeyOutcomes.Completed, first.DocumentId), (retry.Outcome, retry.Document!.Id));
        // The key is completed, not merely answered from the document: releasing it now is refused.
        Assert.False(await _keys.ReleaseAsync(new IdempotencyKeyAttempt("p1", "key-1", first.DocumentId), None));
    }

    [Fact]
    public async Task Registering_a_refused_upload_under_its_key_releases_the_key_for_a_real_retry()
    {
        var first = new IdempotencyKeyReservationRequest("p1", "key-1", FileA, Guid.CreateVersion7());
        await ReserveAsync(first);

        await DocumentsApi.RegisterAsync(Registration(first.DocumentId, providerRequestId: null), Services(), None);

        var retry = first with { DocumentId = Guid.CreateVersion7() };
        Assert.Equal(IdempotencyKeyOutcomes.Reserved, (await ReserveAsync(retry)).Outcome);
    }

    [Fact]
    public async Task A_registration_whose_attempt_lost_its_key_is_still_registered()
    {
        var first = new IdempotencyKeyReservationRequest("p1", "key-1", FileA, Guid.CreateVersion7());
        await ReserveAsync(first);
        _time.Advance(_settings.Value.AbandonAfter + TimeSpan.FromSeconds(1));
        var takeover = first with { DocumentId = Guid.CreateVersion7() };
        await ReserveAsync(takeover);

        var registered = await DocumentsApi.RegisterAsync(Registration(first.DocumentId, "req-1"), Services(), None);

        Assert.IsType<Created<TrackedDocumentView>>(registered.Result);
        Assert.Equal(IdempotencyKeyOutcomes.InProgress, (await ReserveAsync(first with { DocumentId = Guid.CreateVersion7() })).Outcome);
    }

    [Theory]
    [InlineData("tab\tkey", true)]
    [InlineData("key-1", false)]
    public async Task A_registration_with_an_invalid_key_or_without_an_id_is_a_validation_problem(string key, bool withId)
    {
        var request = Registration(Guid.CreateVersion7(), "req-1", key);
        if (!withId) request = request with { Id = null };

        var result = await DocumentsApi.RegisterAsync(request, Services(), None);

        Assert.Contains("idempotencyKey", Assert.IsType<ValidationProblem>(result.Result).ProblemDetails.Errors.Keys);
        Assert.Null(await _documents.GetAsync(request.Id ?? Guid.Empty, None));
    }
}
