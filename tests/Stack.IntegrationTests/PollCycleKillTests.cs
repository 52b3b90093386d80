using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Collections.Concurrent;
using DocumentUploads.Contracts.Providers;
using DocumentUploads.Contracts.Workflow;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.ServiceAuth;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>A poll cycle killed half-way (SIGKILL of document-workflow) leaves every document
/// either as it was or fully advanced, and the next cycle, in the restarted process, completes within
/// 60 s of the kill: the dead holder's lease runs out by itself (Polling:LeaseDuration, 30 s).</summary>
public sealed class PollCycleKillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Documents = 200;
    private const string ServiceKey = "kill-test-service-key-0123456789-abcdefghijkl";
    private readonly string _data = Directory.CreateTempSubdirectory("du-kill-").FullName;
    private readonly ConcurrentQueue<string> _log = new();
    private DistributedApplication _stack = null!;

    public async Task InitializeAsync()
    {
        _stack = await StackApp.StartAsync(new Dictionary<string, string>
        {
            ["ServiceAuth:SigningKey"] = ServiceKey,
            ["LighthouseSim:StepDuration"] = "00:00:00.050",
            ["Storage:DataDirectory"] = _data,
            ["Polling:Enabled"] = "false", // only the test triggers cycles
            ["Polling:PageSize"] = "20",
            ["Polling:BatchSize"] = "10",
            ["Polling:PagesInFlight"] = "1",
            ["Polling:MaxConcurrentRequestsPerProvider"] = "1",
            // Polling:LeaseDuration stays at its default (30 s): what a killed holder costs in production.
        }, _log, new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
    }

    public async Task DisposeAsync()
    {
        if (_stack is not null) await _stack.DisposeAsync();
        foreach (var line in _log) Log(line);
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    private void Log(string line)
    {
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // A child printed after the test ended.
        }
    }

    private static HttpClient WithServiceToken(HttpClient client)
    {
        var factory = new JwtTokenFactory(new TokenSettings { Audience = AuthSchemes.ServiceAudience }, ServiceKey, TimeProvider.System);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Create("kill-test"));
        return client;
    }

    private SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "document-workflow.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private long Scalar(string sql)
    {
        using var connection = OpenDatabase();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    [Fact]
    public async Task A_cycle_killed_half_way_loses_nothing_and_the_next_cycle_carries_on()
    {
        using var provider = WithServiceToken(_stack.CreateHttpClient(AppIds.ProviderLighthouse));
        using var sim = _stack.CreateHttpClient(AppIds.LighthouseSim);
        using (var workflow = WithServiceToken(_stack.CreateHttpClient(AppIds.DocumentWorkflow)))
        {
            for (var i = 0; i < Documents; i++)
            {
                var form = new MultipartFormDataContent
                {
                    { JsonContent.Create(new ProviderUploadMetadata("600000001", "p-kill", "L023", $"doc-{i}.pdf", [])), ProviderRoutes.MetadataPart },
                    { new ByteArrayContent("%PDF-1.4 kill test"u8.ToArray()), ProviderRoutes.FilePart, $"doc-{i}.pdf" },
                };
                using var uploaded = await provider.PostAsync("documents", form);
                uploaded.EnsureSuccessStatusCode();
                var requestId = (await uploaded.Content.ReadFromJsonAsync<ProviderUploadResult>())!.ProviderRequestId;
                using var registered = await workflow.PostAsJsonAsync("documents", new RegisterDocumentRequest(
                    ProviderIds.Lighthouse, requestId, "600000001", "p-kill", "L023", $"doc-{i}.pdf", []));
                Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            }

            // Every document is finished at the simulator; slow answers make the cycle take ~10 pages x 0.6 s.
            (await sim.PutAsJsonAsync("/_sim/faults", new
            {
                uploadFailureRate = 0, statusFailureRate = 0, statusLatencyMs = 300, rateLimitPerSecond = 0, malformedStatusRate = 0,
            })).EnsureSuccessStatusCode();
            using var trigger = await workflow.PostAsync(WorkflowRoutes.StatusPoll, null);
            Assert.Equal(HttpStatusCode.Accepted, trigger.StatusCode);
        }

        // Kill the moment some, not all, documents have moved.
        var deadline = Stopwatch.StartNew();
        long completed;
        while ((completed = Scalar("SELECT count(*) FROM documents WHERE status = 'completed'")) == 0)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), "the cycle never applied a page");
            await Task.Delay(20);
        }
        var killed = Process.GetProcessById(_stack.ProcessIdOf(AppIds.DocumentWorkflow));
        killed.Kill();
        var sinceKill = Stopwatch.StartNew();
        await killed.WaitForExitAsync();
        Assert.InRange(completed, 1, Documents - 1);

        // Each document is wholly before or wholly after: its status is its last history entry,
        // and its history has exactly one entry per applied version.
        Assert.Equal(0, Scalar("""
            SELECT count(*) FROM documents d
            WHERE d.status <> (SELECT t.to_status FROM document_transitions t WHERE t.document_seq = d.seq ORDER BY t.id DESC LIMIT 1)
               OR d.version + 1 <> (SELECT count(*) FROM document_transitions t WHERE t.document_seq = d.seq)
            """));
        Assert.Equal(Documents, Scalar("SELECT count(*) FROM documents"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM poll_cycles WHERE outcome = 'running'")); // the dead cycle

        // A new process carries on once the dead holder's lease has expired.
        (await sim.PutAsJsonAsync("/_sim/faults", new
        {
            uploadFailureRate = 0, statusFailureRate = 0, statusLatencyMs = 0, rateLimitPerSecond = 0, malformedStatusRate = 0,
        })).EnsureSuccessStatusCode();
        // The AppHost starts it again (the dashboard's Start command does the same).
        await _stack.ResourceCommands.ExecuteCommandAsync(AppIds.DocumentWorkflow, KnownResourceCommands.StartCommand);
        await _stack.ResourceNotifications.WaitForResourceHealthyAsync(AppIds.DocumentWorkflow);
        using var again = _stack.CreateHttpClient(AppIds.DocumentWorkflow);
        var cycle = await PollTrigger.RunOneAsync(again, within: TimeSpan.FromSeconds(60));
        output.WriteLine($"next completed cycle {sinceKill.Elapsed.TotalSeconds:F1} s after the kill");
        Assert.True(sinceKill.Elapsed < TimeSpan.FromSeconds(60), $"the next cycle completed {sinceKill.Elapsed} after the kill");

        Assert.Equal("succeeded", cycle.Outcome);
        Assert.Equal(Documents - completed, cycle.Transitions);
        Assert.Equal(Documents, Scalar("SELECT count(*) FROM documents WHERE status = 'completed'"));
        Assert.Equal(2 * Documents, Scalar("SELECT count(*) FROM document_transitions")); // registered + completed, none twice
        Assert.Equal(0, Scalar("SELECT count(*) FROM poll_cycles WHERE outcome = 'running'"));
        Assert.Equal(1, Scalar("SELECT count(*) FROM poll_cycles WHERE outcome = 'abandoned'"));
    }
}
