using System.Net;
using System.Text.RegularExpressions;
using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.ServiceAuth;
using DocumentUploads.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>document-workflow as Program.cs builds it, on a free 127.0.0.1 port over a fresh SQLite file, with the
/// scheduler off; tokens are minted with the app's own factory (the key every service accepts).</summary>
internal sealed partial class DashboardHost : IAsyncDisposable
{
    public const string UserKey = "dashboard-tests-user-signing-key-0123456789abcdef";
    private readonly string _directory;

    private DashboardHost(RunningApp app, string directory)
    {
        App = app;
        _directory = directory;
    }

    public RunningApp App { get; }

    public IDocumentStore Store => App.Services.GetRequiredService<IDocumentStore>();

    public OpsSeed Seed => new(Store);

    public static async Task<DashboardHost> StartAsync(string environment = "Production", params string[] args)
    {
        var directory = Directory.CreateTempSubdirectory("du-ops-http-").FullName;
        var app = await RunningApp.StartAsync(DocumentWorkflowApp.Build,
        [
            $"--environment={environment}",
            "--Storage:Provider=sqlite",
            $"--Storage:DataDirectory={directory}",
            "--Polling:Enabled=false",
            $"--Auth:SigningKey={UserKey}",
            "--ServiceAuth:SigningKey=dashboard-tests-service-signing-key-0123456789abcdef",
            .. args,
        ]);
        return new DashboardHost(app, directory);
    }

    public string OpsToken(string subject = "ops-1") => App.Services.GetRequiredService<TokenFactories>().User.Create(subject,
        new Dictionary<string, object> { [AuthPolicies.RoleClaim] = new[] { AuthPolicies.OpsRole } });

    public string VeteranToken() => App.Services.GetRequiredService<TokenFactories>().User.Create("vet-1",
        new Dictionary<string, object> { [AuthPolicies.RoleClaim] = new[] { "veteran" }, [AuthPolicies.ParticipantIdClaim] = "p1" });

    /// <summary>Fires an alert straight into the host's store, once the evaluator's start-up evaluation is done (so
    /// it cannot resolve the alert before the test looks; start the host with a long Monitoring:EvaluationInterval).</summary>
    public async Task<AlertRecord> FireAlertAsync(string monitor, string subject)
    {
        var evaluator = App.Services.GetRequiredService<AlertEvaluator>();
        await Eventually.PollAsync(() => Task.FromResult(evaluator.Active), a => a is not null);
        var now = StoredTime.Now(TimeProvider.System);
        var alert = new AlertRecord(Guid.CreateVersion7(now), monitor, subject, AlertSeverities.Critical, $"{monitor} {subject} is failing",
            now, now, null);
        Assert.True(await App.Services.GetRequiredService<IAlertStore>().TryFireAsync(alert, CancellationToken.None));
        return alert;
    }

    /// <summary>A client that sends <paramref name="token"/> as a bearer header.</summary>
    public HttpClient Bearer(string token)
    {
        var client = new HttpClient { BaseAddress = App.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests look at them).</summary>
    public (HttpClient Client, CookieContainer Cookies) Browser()
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = App.BaseAddress, Timeout = TimeSpan.FromSeconds(20),
        };
        return (client, cookies);
    }

    /// <summary>Signs a browser in through the real form: GET the page (antiforgery cookie and field), POST the token.</summary>
    public async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string token)
    {
        var page = await browser.GetStringAsync("/ops/sign-in");
        return await browser.PostAsync("/ops/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryField(page),
            ["token"] = token,
        }));
    }

    public static string AntiforgeryField(string html) =>
        AntiforgeryPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new Xunit.Sdk.XunitException("The page has no antiforgery field.");

    /// <summary>Every number the page marks with data-metric / data-value.</summary>
    public static Dictionary<string, long> Metrics(string html) => MetricPattern().Matches(html)
        .GroupBy(m => WebUtility.HtmlDecode(m.Groups["m"].Value))
        .ToDictionary(g => g.Key, g => long.Parse(g.First().Groups["v"].Value, System.Globalization.CultureInfo.InvariantCulture));

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();

    [GeneratedRegex("data-metric=\"(?<m>[^\"]+)\" data-value=\"(?<v>-?\\d+)\"")]
    private static partial Regex MetricPattern();
}
