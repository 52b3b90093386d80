using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentUploads.ServiceAuth;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>Who may see the dashboard, and how a browser signs in, changes a flag and signs out, over real HTTP.</summary>
public sealed class DashboardAuthTests : IAsyncLifetime
{
    private const string Flag = "cst_multi_document_provider";
    private DashboardHost _host = null!;

    public async Task InitializeAsync() => _host = await DashboardHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Without_a_token_json_is_401_and_pages_redirect_to_the_sign_in_page()
    {
        var (browser, _) = _host.Browser();
        using (browser)
        {
            using var json = await browser.GetAsync("/ops/api/summary");
            using var overview = await browser.GetAsync("/ops");
            using var flags = await browser.GetAsync("/ops/flags");
            Assert.Equal(HttpStatusCode.Unauthorized, json.StatusCode);
            Assert.Equal((HttpStatusCode.Redirect, "/ops/sign-in"), (overview.StatusCode, overview.Headers.Location?.OriginalString));
            Assert.Equal((HttpStatusCode.Redirect, "/ops/sign-in"), (flags.StatusCode, flags.Headers.Location?.OriginalString));
        }
    }

    [Fact]
    public async Task A_veteran_token_is_403_for_json_and_gets_the_403_page_in_a_browser()
    {
        using var bearer = _host.Bearer(_host.VeteranToken());
        using var json = await bearer.GetAsync("/ops/api/summary");
        using var page = await bearer.GetAsync("/ops");
        Assert.Equal(HttpStatusCode.Forbidden, json.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("data-testid=\"forbidden\"", await page.Content.ReadAsStringAsync());

        var (browser, cookies) = _host.Browser();
        using (browser)
        {
            using var signIn = await _host.SignInAsync(browser, _host.VeteranToken());
            Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
            Assert.Null(OpsCookieOf(cookies));
        }
    }

    [Fact]
    public async Task Signing_in_with_an_ops_token_sets_a_strict_httponly_cookie_that_opens_pages_and_json()
    {
        var (browser, cookies) = _host.Browser();
        using (browser)
        {
            using var signIn = await _host.SignInAsync(browser, _host.OpsToken("ops-7"));

            Assert.Equal((HttpStatusCode.Redirect, "/ops"), (signIn.StatusCode, signIn.Headers.Location?.OriginalString));
            var setCookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("du_ops_token=", StringComparison.Ordinal));
            Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("path=/ops", setCookie, StringComparison.OrdinalIgnoreCase);

            using var overview = await browser.GetAsync("/ops");
            var html = await overview.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
            Assert.Contains("data-testid=\"operator\">ops-7<", html);
            Assert.Contains("href=\"/ops/alerts\" id=\"nav-alerts\"", html);
            Assert.Contains("id=\"overview-panels\"", html);
            using var json = await browser.GetAsync("/ops/api/summary");
            Assert.Equal(HttpStatusCode.OK, json.StatusCode);
            // The cookie is only ever sent to /ops: the rest of the service never sees it.
            Assert.DoesNotContain(cookies.GetCookies(new Uri(_host.App.BaseAddress, "/documents")), c => c.Name == "du_ops_token");
        }
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused_at_sign_in_and_as_a_cookie()
    {
        var otherFactory = new JwtTokenFactory(new TokenSettings { Audience = AuthSchemes.UserAudience },
            "a-different-signing-key-0123456789abcdef0123", TimeProvider.System);
        var forged = otherFactory.Create("ops-x", new Dictionary<string, object> { [AuthPolicies.RoleClaim] = new[] { AuthPolicies.OpsRole } });
        var (browser, cookies) = _host.Browser();
        using (browser)
        {
            using var signIn = await _host.SignInAsync(browser, forged);
            Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
            Assert.Contains("data-testid=\"sign-in-error\"", await signIn.Content.ReadAsStringAsync());
            Assert.DoesNotContain(forged, await signIn.Content.ReadAsStringAsync());
            Assert.Null(OpsCookieOf(cookies));

            // Planted by hand: the scheme validates the cookie's token like a bearer one.
            cookies.Add(new Uri(_host.App.BaseAddress, "/ops"), new Cookie("du_ops_token", forged, "/ops"));
            using var page = await browser.GetAsync("/ops");
            Assert.Equal((HttpStatusCode.Redirect, "/ops/sign-in"), (page.StatusCode, page.Headers.Location?.OriginalString));
        }
    }

    [Fact]
    public async Task Signing_out_clears_the_cookie()
    {
        var (browser, cookies) = _host.Browser();
        using (browser)
        {
            await _host.SignInAsync(browser, _host.OpsToken());
            Assert.NotNull(OpsCookieOf(cookies));
            using var signOut = await browser.PostAsync("/ops/sign-out", null);
            Assert.Equal((HttpStatusCode.Redirect, "/ops/sign-in"), (signOut.StatusCode, signOut.Headers.Location?.OriginalString));
            Assert.Null(OpsCookieOf(cookies));
            using var page = await browser.GetAsync("/ops");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        }
    }

    [Fact]
    public async Task A_flag_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var (browser, _) = _host.Browser();
        using (browser)
        {
            await _host.SignInAsync(browser, _host.OpsToken());
            using var post = await browser.PostAsync($"/ops/flags/{Flag}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["enabled"] = "true", ["users"] = "", ["percentage"] = "0",
            }));
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
            Assert.Contains("data-code=\"ANTIFORGERY_TOKEN_INVALID\"", await post.Content.ReadAsStringAsync());
        }
        Assert.Empty(await FeaturesAsync("/ops/features"));
        Assert.Empty(await FeaturesAsync("/ops/features/changes"));
    }

    [Fact]
    public async Task The_sign_in_cookie_never_authenticates_the_json_flag_put()
    {
        var (browser, _) = _host.Browser();
        using (browser)
        {
            await _host.SignInAsync(browser, _host.OpsToken());
            using var put = await browser.PutAsJsonAsync($"/ops/features/{Flag}", new { enabled = true, users = Array.Empty<string>(), percentage = 0 });
            Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
        }
        Assert.Empty(await FeaturesAsync("/ops/features"));
    }

    [Fact]
    public async Task A_flag_changed_on_the_page_shows_in_get_ops_features_and_its_changes_with_who_changed_it()
    {
        var (browser, _) = _host.Browser();
        using (browser)
        {
            await _host.SignInAsync(browser, _host.OpsToken("ops-7"));
            var page = await browser.GetStringAsync("/ops/flags");
            Assert.Contains($"data-testid=\"flag-{Flag}\"", page);
            Assert.Contains($"<label for=\"cst-multi-document-provider-percentage\">", page);

            using var post = await browser.PostAsync($"/ops/flags/{Flag}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = DashboardHost.AntiforgeryField(page),
                ["enabled"] = "true", ["users"] = "vet-1, vet-2\nvet-1", ["percentage"] = "10",
            }));
            Assert.Equal((HttpStatusCode.Redirect, $"/ops/flags?changed={Flag}"), (post.StatusCode, post.Headers.Location?.OriginalString));
            var after = await browser.GetStringAsync(post.Headers.Location!.OriginalString);
            Assert.Contains("data-testid=\"flag-notice\"", after);
            Assert.Contains("<td data-field=\"changed-by\">ops-7</td>", after);
        }

        var flag = Assert.Single(await FeaturesAsync("/ops/features"));
        Assert.Equal((Flag, true, 10, "ops-7"), (flag.GetProperty("name").GetString(), flag.GetProperty("enabled").GetBoolean(),
            flag.GetProperty("percentage").GetInt32(), flag.GetProperty("changedBy").GetString()));
        Assert.Equal(["vet-1", "vet-2"], flag.GetProperty("users").EnumerateArray().Select(u => u.GetString()));
        var change = Assert.Single(await FeaturesAsync("/ops/features/changes"));
        Assert.Equal((Flag, "ops-7"), (change.GetProperty("name").GetString(), change.GetProperty("changedBy").GetString()));
        var api = await JsonAsync("/ops/api/features");
        Assert.Equal(Flag, api.GetProperty("overrides")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(Flag, "101", HttpStatusCode.BadRequest, "INVALID_PERCENTAGE")]
    [InlineData(Flag, "ten", HttpStatusCode.BadRequest, "INVALID_PERCENTAGE")]
    [InlineData("no_such_flag", "0", HttpStatusCode.NotFound, "UNKNOWN_FEATURE")]
    public async Task The_page_applies_the_same_validation_as_the_put(string name, string percentage, HttpStatusCode status, string code)
    {
        var (browser, _) = _host.Browser();
        using (browser)
        {
            await _host.SignInAsync(browser, _host.OpsToken());
            var page = await browser.GetStringAsync("/ops/flags");
            using var post = await browser.PostAsync($"/ops/flags/{name}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = DashboardHost.AntiforgeryField(page), ["enabled"] = "true", ["percentage"] = percentage,
            }));
            Assert.Equal(status, post.StatusCode);
            Assert.Contains($"data-code=\"{code}\"", await post.Content.ReadAsStringAsync());
        }
        Assert.Empty(await FeaturesAsync("/ops/features"));
    }

    [Fact]
    public async Task The_stylesheet_is_small_cacheable_and_linked_by_its_content_hash()
    {
        using var bearer = _host.Bearer(_host.OpsToken());
        var page = await bearer.GetStringAsync("/ops");
        var href = System.Text.RegularExpressions.Regex.Match(page, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("/ops/static/ops.css?v=", href);

        using var css = await _host.App.Client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", css.Headers.CacheControl?.ToString());
        Assert.True((await css.Content.ReadAsByteArrayAsync()).Length < 8_000);
        Assert.True(page.Length < 40_000, $"the overview is {page.Length} bytes");
    }

    [Fact]
    public async Task The_development_sign_in_does_not_exist_outside_development()
    {
        var (browser, _) = _host.Browser();
        using (browser)
        {
            var page = await browser.GetStringAsync("/ops/sign-in");
            Assert.DoesNotContain("dev-sign-in", page);
            using var post = await browser.PostAsync("/ops/sign-in/development", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = DashboardHost.AntiforgeryField(page),
            }));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
    }

    private async Task<List<JsonElement>> FeaturesAsync(string path) => (await JsonAsync(path)).EnumerateArray().ToList();

    private async Task<JsonElement> JsonAsync(string path)
    {
        using var client = _host.Bearer(_host.OpsToken());
        return JsonDocument.Parse(await client.GetStringAsync(path)).RootElement.Clone();
    }

    private Cookie? OpsCookieOf(CookieContainer cookies) =>
        cookies.GetCookies(new Uri(_host.App.BaseAddress, "/ops")).FirstOrDefault(c => c.Name == "du_ops_token");
}
