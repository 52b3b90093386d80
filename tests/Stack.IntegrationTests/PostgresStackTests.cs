using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.TestSupport;
using Npgsql;
using Xunit.Abstractions;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>With <c>Storage:Provider=postgres</c> the AppHost runs PostgreSQL itself (the machine's server
/// binaries as an executable resource) and document-workflow keeps its documents there: the README's
/// walkthrough, upload to completed, on that database.</summary>
[Collection(PostgresStackCollection.Name)]
public sealed class PostgresStackTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("du-pg-stack-").FullName;
    private readonly ConcurrentQueue<string> _log = new();
    private DistributedApplication _stack = null!;

    public async Task InitializeAsync()
    {
        // The server runs as the postgres account, which must reach its data folder inside this one.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_data, (UnixFileMode)0b111_101_101);
        try
        {
            _stack = await StackApp.StartAsync(new Dictionary<string, string>
            {
                ["Storage:Provider"] = "postgres",
                ["Postgres:DataDirectory"] = Path.Combine(_data, "postgres"),
                ["Outbox:Directory"] = Path.Combine(_data, "outbox"),
                ["LighthouseSim:StepDuration"] = "00:00:00.200",
                ["Polling:Interval"] = "00:00:01",
            }, _log, new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"The stack did not start:\n{string.Join('\n', _log.TakeLast(60))}", e);
        }
    }

    public async Task DisposeAsync()
    {
        if (_stack is not null) await _stack.DisposeAsync();
        foreach (var line in _log.TakeLast(40)) output.WriteLine(line);
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task An_upload_completes_with_its_document_kept_in_the_AppHosts_own_PostgreSQL()
    {
        using var api = _stack.CreateHttpClient(AppIds.UploadApi);
        using (var token = await api.PostAsJsonAsync("/dev/token", new { sub = "vet-pg", participantId = "600043201", roles = new[] { "veteran" } }))
        {
            token.EnsureSuccessStatusCode();
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<TokenAnswer>())!.Token);
        }

        using var uploaded = await Uploads.PostAsync(api, "600000001", Uploads.Form("kept-in-postgres.pdf"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var id = (await uploaded.Content.ReadFromJsonAsync<DocumentAnswer>())!.Id;
        await Uploads.WaitForAsync(api, id, d => d.Status == "completed", TimeSpan.FromSeconds(60));

        await using var database = new NpgsqlConnection(await _stack.GetConnectionStringAsync("documents"));
        await database.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT status FROM documents WHERE file_name = 'kept-in-postgres.pdf'", database);
        Assert.Equal("completed", await query.ExecuteScalarAsync());
        Assert.True(File.Exists(Path.Combine(_data, "postgres", "PG_VERSION")));
    }

    [Fact]
    public async Task PostgreSQL_stopped_and_started_under_load_loses_no_document_and_polling_resumes()
    {
        const string claim = "600000002";
        using var api = await VeteranAsync("600043202");
        using var workflow = _stack.CreateHttpClient(AppIds.DocumentWorkflow);
        var workflowPid = _stack.ProcessIdOf(AppIds.DocumentWorkflow);
        var accepted = new List<Guid>();
        var refused = new List<string>();
        async Task UploadAsync(string name)
        {
            using var answer = await Uploads.PostAsync(api, claim, Uploads.Form($"{name}.pdf"));
            if (answer.StatusCode == HttpStatusCode.Created)
            {
                accepted.Add((await answer.Content.ReadFromJsonAsync<DocumentAnswer>())!.Id);
                return;
            }
            // Anything else must be a clear "try again later".
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            var error = Assert.Single((await answer.Content.ReadFromJsonAsync<ErrorAnswer>())!.Errors);
            Assert.False(string.IsNullOrEmpty(error.Code));
            refused.Add(name);
        }

        for (var i = 0; i < 4; i++) await UploadAsync($"before-{i}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await _stack.ResourceCommands.ExecuteCommandAsync(PostgresServer, KnownResourceCommands.StopCommand);
        output.WriteLine($"postgres stopped in {clock.Elapsed.TotalSeconds:F1} s");
        for (var i = 0; i < 6; i++) await UploadAsync($"while-stopped-{i}");
        output.WriteLine($"{accepted.Count - 4} accepted and {refused.Count} refused while PostgreSQL was stopped");

        // A cycle with its database gone fails without taking the service down.
        using (var during = await workflow.PostAsync($"{WorkflowRoutes.StatusPoll}?wait=true", null))
        {
            var body = await during.Content.ReadAsStringAsync();
            output.WriteLine($"poll trigger while stopped: {(int)during.StatusCode} {body}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
            Assert.Contains("documents database cannot be reached", body);
            Assert.DoesNotContain("127.0.0.1", body);
        }

        await _stack.ResourceCommands.ExecuteCommandAsync(PostgresServer, KnownResourceCommands.StartCommand);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            await _stack.ResourceNotifications.WaitForResourceHealthyAsync(PostgresServer, timeout.Token);
        }
        output.WriteLine($"postgres healthy again {clock.Elapsed.TotalSeconds:F1} s after the stop");
        for (var i = 0; i < 4; i++) await UploadAsync($"after-{i}");

        // The same document-workflow process carries on; cycles resume and every 201 ends registered once.
        Assert.Equal(workflowPid, _stack.ProcessIdOf(AppIds.DocumentWorkflow));
        var resumed = await PollTrigger.RunOneAsync(workflow, TimeSpan.FromSeconds(60));
        Assert.NotEqual("failed", resumed.Outcome);
        // upload-api's circuit to document-workflow, opened by the failed registrations, answers reads with a
        // clear 503 until it closes again; then the outbox delivers and every document moves on.
        var readable = await Eventually.PollAsync(async () =>
        {
            using var read = await api.GetAsync($"/v0/document_uploads/{accepted[0]}");
            return read.StatusCode;
        }, status => status == HttpStatusCode.OK, TimeSpan.FromSeconds(45));
        Assert.Equal(HttpStatusCode.OK, readable);
        foreach (var id in accepted) await Uploads.WaitForAsync(api, id, d => d.Status == "completed", TimeSpan.FromSeconds(90));
        await using var database = new NpgsqlConnection(await _stack.GetConnectionStringAsync("documents"));
        await database.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*), count(DISTINCT id) FROM documents WHERE claim_id = @claim", database);
        count.Parameters.AddWithValue("claim", claim);
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Equal(accepted.Count, reader.GetInt64(0));
        Assert.Equal(accepted.Count, reader.GetInt64(1));
    }

    private const string PostgresServer = "postgres";

    private async Task<HttpClient> VeteranAsync(string participantId)
    {
        var api = _stack.CreateHttpClient(AppIds.UploadApi);
        using var token = await api.PostAsJsonAsync("/dev/token", new { sub = $"vet-{participantId}", participantId, roles = new[] { "veteran" } });
        token.EnsureSuccessStatusCode();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<TokenAnswer>())!.Token);
        return api;
    }

    private sealed record TokenAnswer(string Token);
}
