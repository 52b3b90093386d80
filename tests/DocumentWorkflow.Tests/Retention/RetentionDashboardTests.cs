using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Retention;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Tests.Ops;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocumentUploads.DocumentWorkflow.Tests.Retention;

/// <summary>Keeping a document from retention over real HTTP (the JSON route and the document page's form, with its
/// antiforgery check), and the last purge on the overview and in /ops/api/summary.</summary>
public sealed class RetentionDashboardTests : IAsyncLifetime
{
    private static readonly DateTimeOffset LongAgo = DateTimeOffset.UtcNow.AddDays(-100);
    private DashboardHost _host = null!;
    private TrackedDocument _document = null!;

    public async Task InitializeAsync()
    {
        // The scheduled purge is off so each test decides when one runs.
        _host = await DashboardHost.StartAsync("Production", "--Retention:Enabled=false");
        _document = await _host.Seed.MoveAsync(await _host.Seed.RegisterAsync(LongAgo), DocumentState.Completed, null,
            TransitionKind.Completed, LongAgo);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_operator_keeps_a_document_through_the_json_route_with_who_and_when_and_a_purge_leaves_it()
    {
        using var client = _host.Bearer(_host.OpsToken("ops-3"));
        using var put = await client.PutAsJsonAsync(KeepApi(_document.Id), new { keep = true, reason = " evidence in an appeal " });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var view = JsonDocument.Parse(await put.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((true, "ops-3", "evidence in an appeal", "kept by an operator"), (view.GetProperty("kept").GetBoolean(),
            view.GetProperty("keptBy").GetString(), view.GetProperty("keepReason").GetString(), view.GetProperty("rule").GetString()));
        Assert.True(view.GetProperty("keptAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));

        await PurgeAsync();

        Assert.True((await KeepStateAsync()).GetProperty("kept").GetBoolean());
        var page = await client.GetStringAsync($"/ops/documents/{_document.Id}");
        Assert.Contains("data-kept=\"true\"", page);
        Assert.Contains("Kept by ops-3", page);
    }

    [Theory]
    [InlineData("{\"reason\":\"why\"}", "KEEP_REQUIRED")]
    [InlineData("{\"keep\":true}", "KEEP_REASON_REQUIRED")]
    [InlineData("{\"keep\":true,\"reason\":\"  \"}", "KEEP_REASON_REQUIRED")]
    public async Task A_bad_keep_request_is_400_with_a_code_and_changes_nothing(string body, string code)
    {
        using var client = _host.Bearer(_host.OpsToken());
        using var put = await client.PutAsync(KeepApi(_document.Id), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal(code, JsonDocument.Parse(await put.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        Assert.False((await KeepStateAsync()).GetProperty("kept").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_or_malformed_document_id_is_404_and_changes_nothing()
    {
        using var client = _host.Bearer(_host.OpsToken());
        var keep = new { keep = true, reason = "why" };
        using var unknown = await client.PutAsJsonAsync(KeepApi(Guid.NewGuid()), keep);
        using var malformed = await client.PutAsJsonAsync("/ops/api/documents/not-a-guid/keep", keep);
        using var unknownGet = await client.GetAsync(KeepApi(Guid.NewGuid()));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
            (unknown.StatusCode, malformed.StatusCode, unknownGet.StatusCode));
        Assert.Equal(OpsDocumentKeepCode, JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        Assert.False((await KeepStateAsync()).GetProperty("kept").GetBoolean());
    }

    [Fact]
    public async Task The_sign_in_cookie_never_authenticates_the_json_keep_put()
    {
        var (browser, _) = _host.Browser();
        using (browser)
        {
            await _host.SignInAsync(browser, _host.OpsToken());
            using var put = await browser.PutAsJsonAsync(KeepApi(_document.Id), new { keep = true, reason = "why" });
            Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
        }
        Assert.False((await KeepStateAsync()).GetProperty("kept").GetBoolean());
    }

    [Fact]
    public async Task A_keep_form_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var (browser, _) = _host.Browser();
        using (browser)
        {
            await _host.SignInAsync(browser, _host.OpsToken());
            using var post = await browser.PostAsync(KeepForm(_document.Id), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["keep"] = "true", ["reason"] = "why",
            }));
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
            Assert.Contains("data-code=\"ANTIFORGERY_TOKEN_INVALID\"", await post.Content.ReadAsStringAsync());
        }
        Assert.False((await KeepStateAsync()).GetProperty("kept").GetBoolean());
    }

    [Fact]
    public async Task An_operator_keeps_and_releases_a_document_on_its_page_and_a_form_without_a_reason_changes_nothing()
    {
        var (browser, _) = _host.Browser();
        using (browser)
        {
            await _host.SignInAsync(browser, _host.OpsToken("ops-7"));
            var page = await browser.GetStringAsync($"/ops/documents/{_document.Id}");
            Assert.Contains("data-testid=\"keep-form\"", page);

            using var noReason = await PostFormAsync(browser, page, "true", "");
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.Contains("data-code=\"KEEP_REASON_REQUIRED\"", await noReason.Content.ReadAsStringAsync());
            Assert.False((await KeepStateAsync()).GetProperty("kept").GetBoolean());

            using var kept = await PostFormAsync(browser, page, "true", "disputed by the veteran");
            Assert.Equal((HttpStatusCode.Redirect, $"/ops/documents/{_document.Id}?changed=kept"),
                (kept.StatusCode, kept.Headers.Location?.OriginalString));
            var after = await browser.GetStringAsync(kept.Headers.Location!.OriginalString);
            Assert.Contains("data-testid=\"keep-notice\"", after);
            Assert.Contains("Kept by ops-7", after);
            Assert.Equal("ops-7", (await KeepStateAsync()).GetProperty("keptBy").GetString());

            using var released = await PostFormAsync(browser, after, "false", "");
            Assert.Equal($"/ops/documents/{_document.Id}?changed=released", released.Headers.Location?.OriginalString);
            Assert.False((await KeepStateAsync()).GetProperty("kept").GetBoolean());
        }
    }

    [Fact]
    public async Task The_overview_and_the_summary_show_the_last_purge_and_what_it_removed()
    {
        using var client = _host.Bearer(_host.OpsToken());
        Assert.Contains("No purge has run yet.", await client.GetStringAsync("/ops"));
        Assert.Equal(JsonValueKind.Null, (await JsonAsync("/ops/api/summary")).GetProperty("lastPurge").ValueKind);

        await PurgeAsync();

        var metrics = DashboardHost.Metrics(await client.GetStringAsync("/ops"));
        Assert.Equal((1L, 3L), (metrics["retention.documents"], metrics["retention.rows"]));
        var lastPurge = (await JsonAsync("/ops/api/summary")).GetProperty("lastPurge");
        Assert.Equal((1L, 3L, "completed"), (lastPurge.GetProperty("documents").GetInt64(), lastPurge.GetProperty("rows").GetInt64(),
            lastPurge.GetProperty("outcome").GetString()));
        using var gone = await client.GetAsync(KeepApi(_document.Id));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private const string OpsDocumentKeepCode = "DOCUMENT_NOT_FOUND";

    private static string KeepApi(Guid id) => $"/ops/api/documents/{id}/keep";

    private static string KeepForm(Guid id) => $"/ops/documents/{id}/keep";

    private Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string page, string keep, string reason) =>
        browser.PostAsync(KeepForm(_document.Id), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardHost.AntiforgeryField(page), ["keep"] = keep, ["reason"] = reason,
        }));

    private Task PurgeAsync() =>
        _host.App.Services.GetServices<IHostedService>().OfType<RetentionPurger>().Single().PurgeAsync(CancellationToken.None);

    private Task<JsonElement> KeepStateAsync() => JsonAsync(KeepApi(_document.Id));

    private async Task<JsonElement> JsonAsync(string path)
    {
        using var client = _host.Bearer(_host.OpsToken());
        return JsonDocument.Parse(await client.GetStringAsync(path)).RootElement.Clone();
    }
}
