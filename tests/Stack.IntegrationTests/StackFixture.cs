using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Testing;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.ServiceAuth;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>The whole system, started once for the test collection through the AppHost's own
/// composition, on free loopback ports, with fast simulator steps and a 1 s poll interval.</summary>
public class StackFixture : IAsyncLifetime
{
    /// <summary>The internal service token key every service gets, fixed so tests can act as a service.</summary>
    public const string ServiceSigningKey = "stack-tests-service-token-key-0123456789-abcdef";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("du-stack-").FullName;

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>Every line the services printed, for assertions on logs and for failure reports.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    public virtual async Task InitializeAsync()
    {
        var options = new DistributedApplicationTestingOptions { LogSink = Log.Enqueue };
        options.EnvironmentVariables["LighthouseSim__StepDuration"] = "00:00:00.400";
        options.EnvironmentVariables["ChampvaSim__StepDuration"] = "00:00:00.400";
        options.EnvironmentVariables["Polling__Interval"] = "00:00:01";
        // The state machine's clocks, shrunk so not-found and time-out happen within a test.
        options.EnvironmentVariables["Polling__NotFoundGrace"] = "00:00:03";
        options.EnvironmentVariables["Polling__TimeoutAfter"] = "00:00:10";
        options.EnvironmentVariables["Polling__TimedOutPollInterval"] = "00:00:01";
        options.EnvironmentVariables["Storage__DataDirectory"] = Path.Combine(_dataDirectory, "workflow");
        options.EnvironmentVariables["Outbox__Directory"] = Path.Combine(_dataDirectory, "outbox");
        options.EnvironmentVariables["ServiceAuth__SigningKey"] = ServiceSigningKey;
        Configure(options);
        try
        {
            App = await DistributedApplicationTestingBuilder.StartAsync(options,
                cancellationToken: new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"The stack did not start:\n{string.Join('\n', Log.TakeLast(80))}", ex);
        }
    }

    public virtual async Task DisposeAsync()
    {
        // Null when no start succeeded: the testing builder has already stopped what it started.
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
    protected virtual void Configure(DistributedApplicationTestingOptions options)
    {
    }

    public HttpClient Client(string appId) => App.CreateHttpClient(appId);

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
