using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.DocumentWorkflow.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>Acknowledging and silencing alerts over real HTTP: the JSON routes (bearer), the alerts page's forms
/// (cookie and antiforgery), their errors, and that a refused request changes nothing.</summary>
public sealed class AlertResponsesHttpTests : IAsyncLifetime
{
    private DashboardHost _host = null!;

    // One evaluation at start, none after it: alerts fired by the test stay as the test left them.
    public async Task InitializeAsync() => _host = await DashboardHost.StartAsync("Production", "--Monitoring:EvaluationInterval=01:00:00");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IAlertStore Alerts => _host.App.Services.GetRequiredService<IAlertStore>();

    private IAlertResponseStore Responses => _host.App.Services.GetRequiredService<IAlertResponseStore>();

    private async Task<JsonElement> ActiveAsync(string id)
    {
        using var ops = _host.Bearer(_host.OpsToken());
        var alerts = await ops.GetFromJsonAsync<JsonElement>(AlertsApi.Active);
        return alerts.EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

    [Fact]
    public async Task An_operator_acknowledges_an_active_alert_once_and_get_alerts_says_who_and_when()
    {
        var alert = await _host.FireAlertAsync(AlertMonitorNames.FailureSpike, "");
        Assert.Equal(JsonValueKind.Null, (await ActiveAsync(alert.Id.ToString())).GetProperty("acknowledgedBy").ValueKind);

        using var first = _host.Bearer(_host.OpsToken("ops-ack"));
        using var acknowledged = await first.PostAsync($"/ops/api/alerts/{alert.Id}/acknowledge", null);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        var body = await acknowledged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("ops-ack", alert.Id.ToString()), (body.GetProperty("acknowledgedBy").GetString(), body.GetProperty("alertId").GetString()));

        // Asked again by someone else: the first acknowledgement stands.
        using var second = _host.Bearer(_host.OpsToken("ops-late"));
        using var again = await second.PostAsync($"/ops/api/alerts/{alert.Id}/acknowledge", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("ops-ack", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("acknowledgedBy").GetString());

        var shown = await ActiveAsync(alert.Id.ToString());
        Assert.Equal("ops-ack", shown.GetProperty("acknowledgedBy").GetString());
        Assert.Equal(body.GetProperty("acknowledgedAt").GetDateTimeOffset(), shown.GetProperty("acknowledgedAt").GetDateTimeOffset());
        Assert.False(shown.GetProperty("silenced").GetBoolean());
    }

    [Fact]
    public async Task Acknowledging_an_unknown_alert_is_404_and_a_resolved_one_409_and_neither_is_recorded()
    {
        var resolved = await _host.FireAlertAsync(AlertMonitorNames.FailureSpike, "");
        await Alerts.TryResolveAsync(resolved.Id, DateTimeOffset.UtcNow, CancellationToken.None);
        using var ops = _host.Bearer(_host.OpsToken());

        using var unknown = await ops.PostAsync($"/ops/api/alerts/{Guid.NewGuid()}/acknowledge", null);
        Assert.Equal((HttpStatusCode.NotFound, AlertResponsesApi.AlertNotFound), (unknown.StatusCode, await CodeAsync(unknown)));
        using var late = await ops.PostAsync($"/ops/api/alerts/{resolved.Id}/acknowledge", null);
        Assert.Equal((HttpStatusCode.Conflict, AlertResponsesApi.AlertResolved), (late.StatusCode, await CodeAsync(late)));
        Assert.Empty(await _host.App.Services.GetRequiredService<IAlertResponseStore>().ListAcknowledgementsAsync([resolved.Id], CancellationToken.None));
    }

    [Fact]
    public async Task An_operator_silences_a_monitor_the_alert_shows_silenced_and_ending_it_early_unsilences_it()
    {
        var alert = await _host.FireAlertAsync(AlertMonitorNames.ProviderStatusErrors, "lighthouse");
        using var ops = _host.Bearer(_host.OpsToken("ops-quiet"));

        using var created = await ops.PostAsJsonAsync(AlertResponsesApi.Silences,
            new { monitor = AlertMonitorNames.ProviderStatusErrors, subject = "lighthouse", durationMinutes = 90, reason = "Lighthouse maintenance" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var silence = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = silence.GetProperty("id").GetString();
        Assert.Equal($"{AlertResponsesApi.Silences}/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(("ops-quiet", "Lighthouse maintenance", TimeSpan.FromMinutes(90)),
            (silence.GetProperty("createdBy").GetString(), silence.GetProperty("reason").GetString(),
                silence.GetProperty("silencedUntil").GetDateTimeOffset() - silence.GetProperty("createdAt").GetDateTimeOffset()));

        var running = await ops.GetFromJsonAsync<JsonElement>(AlertResponsesApi.Silences);
        Assert.Equal(id, Assert.Single(running.EnumerateArray()).GetProperty("id").GetString());
        var shown = await ActiveAsync(alert.Id.ToString());
        Assert.Equal((true, id), (shown.GetProperty("silenced").GetBoolean(), shown.GetProperty("silenceId").GetString()));

        using var ended = await ops.PostAsync($"{AlertResponsesApi.Silences}/{id}/end", null);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal("ops-quiet", (await ended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("endedBy").GetString());
        Assert.False((await ActiveAsync(alert.Id.ToString())).GetProperty("silenced").GetBoolean());
        Assert.Empty((await ops.GetFromJsonAsync<JsonElement>(AlertResponsesApi.Silences)).EnumerateArray());

        using var twice = await ops.PostAsync($"{AlertResponsesApi.Silences}/{id}/end", null);
        Assert.Equal((HttpStatusCode.Conflict, AlertResponsesApi.SilenceAlreadyOver), (twice.StatusCode, await CodeAsync(twice)));
        using var unknown = await ops.PostAsync($"{AlertResponsesApi.Silences}/{Guid.NewGuid()}/end", null);
        Assert.Equal((HttpStatusCode.NotFound, AlertResponsesApi.SilenceNotFound), (unknown.StatusCode, await CodeAsync(unknown)));
    }

    [Theory]
    [InlineData("no_such_monitor", 60, "maintenance", SilenceRules.MonitorUnknown)]
    [InlineData(AlertMonitorNames.FailureSpike, 4, "maintenance", SilenceRules.DurationInvalid)]
    [InlineData(AlertMonitorNames.FailureSpike, 10081, "maintenance", SilenceRules.DurationInvalid)]
    [InlineData(AlertMonitorNames.FailureSpike, 60, " ", SilenceRules.ReasonRequired)]
    public async Task A_silence_that_cannot_be_started_is_400_with_its_code_and_nothing_is_stored(string monitor, int minutes,
        string reason, string code)
    {
        using var ops = _host.Bearer(_host.OpsToken());
        using var refused = await ops.PostAsJsonAsync(AlertResponsesApi.Silences, new { monitor, durationMinutes = minutes, reason });
        Assert.Equal((HttpStatusCode.BadRequest, code), (refused.StatusCode, await CodeAsync(refused)));
        Assert.Empty((await ops.GetFromJsonAsync<JsonElement>(AlertResponsesApi.Silences)).EnumerateArray());
    }

    [Fact]
    public async Task The_alerts_page_forms_acknowledge_silence_and_unsilence_and_say_so()
    {
        var alert = await _host.FireAlertAsync(AlertMonitorNames.FailureSpike, "");
        var (browser, _) = _host.Browser();
        using (browser)
        {
            await _host.SignInAsync(browser, _host.OpsToken("ops-page"));
            var page = await browser.GetStringAsync("/ops/alerts");
            Assert.Contains($"action=\"/ops/alerts/{alert.Id}/acknowledge\"", page);

            using var ack = await browser.PostAsync($"/ops/alerts/{alert.Id}/acknowledge", Form(page));
            Assert.Equal((HttpStatusCode.Redirect, "/ops/alerts?done=acknowledged"), (ack.StatusCode, ack.Headers.Location?.OriginalString));
            page = await browser.GetStringAsync(ack.Headers.Location!.OriginalString);
            Assert.Contains("data-testid=\"alerts-notice\"", page);
            Assert.Contains("<span data-field=\"acknowledged-by\">ops-page</span>", page);
            Assert.DoesNotContain($"action=\"/ops/alerts/{alert.Id}/acknowledge\"", page);

            using var refused = await browser.PostAsync("/ops/alerts/silences",
                Form(page, ("monitor", AlertMonitorNames.FailureSpike), ("subject", ""), ("durationMinutes", "60"), ("reason", "")));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains($"data-code=\"{SilenceRules.ReasonRequired}\"", await refused.Content.ReadAsStringAsync());
            using var notANumber = await browser.PostAsync("/ops/alerts/silences",
                Form(page, ("monitor", AlertMonitorNames.FailureSpike), ("durationMinutes", "an hour"), ("reason", "deploy")));
            Assert.Contains($"data-code=\"{SilenceRules.DurationInvalid}\"", await notANumber.Content.ReadAsStringAsync());

            using var silenced = await browser.PostAsync("/ops/alerts/silences",
                Form(page, ("monitor", AlertMonitorNames.FailureSpike), ("subject", ""), ("durationMinutes", "30"), ("reason", "deploy in progress")));
            Assert.Equal("/ops/alerts?done=silenced", silenced.Headers.Location?.OriginalString);
            var silence = Assert.Single(await Responses.ListRunningSilencesAsync(DateTimeOffset.UtcNow, CancellationToken.None));
            Assert.Equal((null, "deploy in progress", "ops-page"), (silence.Subject, silence.Reason, silence.CreatedBy));
            page = await browser.GetStringAsync("/ops/alerts");
            Assert.Contains($"data-silence-id=\"{silence.Id}\"", page);
            Assert.Contains("data-silenced=\"true\"", page);

            using var ended = await browser.PostAsync($"/ops/alerts/silences/{silence.Id}/end", Form(page));
            Assert.Equal("/ops/alerts?done=unsilenced", ended.Headers.Location?.OriginalString);
            Assert.Empty(await Responses.ListRunningSilencesAsync(DateTimeOffset.UtcNow, CancellationToken.None));
            using var endedTwice = await browser.PostAsync($"/ops/alerts/silences/{silence.Id}/end", Form(page));
            Assert.Equal(HttpStatusCode.Conflict, endedTwice.StatusCode);
            Assert.Contains($"data-code=\"{AlertResponsesApi.SilenceAlreadyOver}\"", await endedTwice.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Form_posts_without_the_antiforgery_token_are_refused_and_change_nothing()
    {
        var alert = await _host.FireAlertAsync(AlertMonitorNames.FailureSpike, "");
        var silence = SilenceRules.Start(new SilenceRequest(AlertMonitorNames.UploadFailures, null, 60, "r"), "ops-1",
            StoredTime.Now(TimeProvider.System));
        await Responses.StartSilenceAsync(silence, CancellationToken.None);
        var (browser, _) = _host.Browser();
        using (browser)
        {
            await _host.SignInAsync(browser, _host.OpsToken());
            foreach (var (path, fields) in new (string, (string, string)[])[]
                     {
                         ($"/ops/alerts/{alert.Id}/acknowledge", []),
                         ("/ops/alerts/silences", [("monitor", AlertMonitorNames.FailureSpike), ("durationMinutes", "60"), ("reason", "r")]),
                         ($"/ops/alerts/silences/{silence.Id}/end", []),
                     })
            {
                using var post = await browser.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2))));
                Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
                Assert.Contains("data-code=\"ANTIFORGERY_TOKEN_INVALID\"", await post.Content.ReadAsStringAsync());
            }

            // The JSON routes never take the cookie: a page elsewhere cannot ride it into them.
            using var json = await browser.PostAsync($"/ops/api/alerts/{alert.Id}/acknowledge", null);
            Assert.Equal(HttpStatusCode.Unauthorized, json.StatusCode);
            using var jsonSilence = await browser.PostAsJsonAsync(AlertResponsesApi.Silences,
                new { monitor = AlertMonitorNames.FailureSpike, durationMinutes = 60, reason = "r" });
            Assert.Equal(HttpStatusCode.Unauthorized, jsonSilence.StatusCode);
        }
        Assert.Empty(await Responses.ListAcknowledgementsAsync([alert.Id], CancellationToken.None));
        Assert.Equal([silence], await Responses.ListRunningSilencesAsync(DateTimeOffset.UtcNow, CancellationToken.None));
    }

    [Fact]
    public async Task A_veteran_token_cannot_acknowledge_or_silence()
    {
        var alert = await _host.FireAlertAsync(AlertMonitorNames.FailureSpike, "");
        using var veteran = _host.Bearer(_host.VeteranToken());
        using var ack = await veteran.PostAsync($"/ops/api/alerts/{alert.Id}/acknowledge", null);
        using var silence = await veteran.PostAsJsonAsync(AlertResponsesApi.Silences,
            new { monitor = AlertMonitorNames.FailureSpike, durationMinutes = 60, reason = "r" });
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (ack.StatusCode, silence.StatusCode));
        Assert.Empty(await Responses.ListAcknowledgementsAsync([alert.Id], CancellationToken.None));
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", DashboardHost.AntiforgeryField(page))));
}
