using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DocumentUploads.ServiceDefaults;
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

    private sealed record TokenAnswer(string Token);
}
