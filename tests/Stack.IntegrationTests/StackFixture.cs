using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.ServiceAuth;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>The whole system, started once for the test collection through the AppHost's own
/// composition (Aspire.Hosting.Testing), on free loopback ports, with fast simulator steps and a 1 s poll interval.</summary>
public class StackFixture : IAsyncLifetime
{
    /// <summary>The internal service token key every service gets, fixed so tests can act as a service.</summary>
    public const string ServiceSigningKey = "stack-tests-service-token-key-0123456789-abcdef";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("du-stack-").FullName;

    /// <summary>Where document-workflow keeps its SQLite file (<c>workflow/</c>) and upload-api its outbox (<c>outbox/</c>).</summary>
    public string DataDirectory => _dataDirectory;

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>Every line the services printed, for assertions on logs and for failure reports.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    public virtual async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["LighthouseSim:StepDuration"] = "00:00:00.400",
            ["ChampvaSim:StepDuration"] = "00:00:00.400",
            ["Polling:Interval"] = "00:00:01",
            // The state machine's clocks, shrunk so not-found and time-out happen within a test.
            ["Polling:NotFoundGrace"] = "00:00:03",
            ["Polling:TimeoutAfter"] = "00:00:10",
            ["Polling:TimedOutPollInterval"] = "00:00:01",
            ["Storage:DataDirectory"] = Path.Combine(_dataDirectory, "workflow"),
            ["Outbox:Directory"] = Path.Combine(_dataDirectory, "outbox"),
            ["LighthouseSim:JournalPath"] = Path.Combine(_dataDirectory, "lighthouse-sim", "uploads.jsonl"),
            ["ChampvaSim:JournalPath"] = Path.Combine(_dataDirectory, "champva-sim", "uploads.jsonl"),
            ["ServiceAuth:SigningKey"] = ServiceSigningKey,
        };
        Configure(settings);
        try
        {
            App = await StackApp.StartAsync(settings, Log, new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"The stack did not start:\n{string.Join('\n', Log.TakeLast(80))}", ex);
        }
    }

    public virtual async Task DisposeAsync()
    {
        // Null when no start succeeded: StackApp has already stopped what it started.
        if (App is not null) await App.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Lets a fixture of its own (one collection's) run the same stack with more settings: telemetry
    /// export, short alert thresholds; this one adds nothing.</summary>
    protected virtual void Configure(IDictionary<string, string> settings)
    {
    }

    public HttpClient Client(string appId) => App.CreateHttpClient(appId);

    /// <summary>Waits for a line the services printed: their output reaches the test through Aspire's log
    /// stream, a moment after the service wrote it.</summary>
    public async Task<string> LoggedAsync(string text, TimeSpan? within = null)
    {
        var deadline = DateTimeOffset.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (Log.FirstOrDefault(line => line.Contains(text, StringComparison.Ordinal)) is { } line) return line;
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"No service printed \"{text}\" within {within ?? TimeSpan.FromSeconds(15)}.");
            await Task.Delay(100);
        }
    }

    /// <summary>An upload-api client carrying a dev token for the given participant.</summary>
    public async Task<HttpClient> VeteranAsync(string participantId, params string[] roles)
    {
        var client = Client(AppIds.UploadApi);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await VeteranTokenAsync(participantId, roles));
        return client;
    }

    /// <summary>A dev token for the given participant (subject <c>user-{participantId}</c>), e.g. to hand to the upload page.</summary>
    public async Task<string> VeteranTokenAsync(string participantId, params string[] roles)
    {
        using var client = Client(AppIds.UploadApi);
        using var response = await client.PostAsJsonAsync("/dev/token", new { sub = $"user-{participantId}", participantId, roles });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenAnswer>())!.Token;
    }

    /// <summary>A document-workflow client carrying a dev token with the ops role.</summary>
    public async Task<HttpClient> OperatorAsync()
    {
        using var upload = Client(AppIds.UploadApi);
        using var response = await upload.PostAsJsonAsync("/dev/token", new { sub = "ops-test", roles = new[] { "ops" } });
        response.EnsureSuccessStatusCode();
        var client = Client(AppIds.DocumentWorkflow);
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", (await response.Content.ReadFromJsonAsync<TokenAnswer>())!.Token);
        return client;
    }

    /// <summary>An internal service token, as the Form 526 pipeline or another service presents it.</summary>
    public static string ServiceToken(string subject = "stack-tests") =>
        new JwtTokenFactory(new TokenSettings { Audience = AuthSchemes.ServiceAudience }, ServiceSigningKey, TimeProvider.System)
            .Create(subject);

    /// <summary>A client of <paramref name="appId"/> carrying the internal service token.</summary>
    public HttpClient ServiceClient(string appId)
    {
        var client = Client(appId);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ServiceToken());
        return client;
    }

    private sealed record TokenAnswer(string Token);
}
