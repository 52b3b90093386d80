using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentUploads.Contracts.Features;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.Stack.IntegrationTests.Alerts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocumentUploads.Stack.IntegrationTests.Browser;

/// <summary>The ops dashboard in headless Chromium against the running stack (the alerts stack, whose
/// monitors answer in seconds): an operator signs in with a token, sees an active alert on the overview
/// and the alerts page, follows a failure to its history, watches the alert resolve, and changes a flag.</summary>
[Collection(AlertsStackCollection.Name)]
[Trait("Category", "Browser")]
public sealed class OpsDashboardTests(AlertsStackFixture stack, BrowserFixture browser)
{
    /// <summary>Set to a .png path to write the README's dashboard screenshot while the alert is active.</summary>
    public const string ScreenshotVariable = "OPS_DASHBOARD_SCREENSHOT";

    private static readonly TimeSpan AlertWithin = TimeSpan.FromSeconds(30);

    private Task<BrowserSession> OpenAsync() =>
        browser.OpenAsync(stack.App.GetEndpoint(AppIds.DocumentWorkflow), new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });

    private async Task SetStatusFailureRateAsync(double rate)
    {
        using var sim = stack.Client(AppIds.LighthouseSim);
        (await sim.PutAsJsonAsync("/_sim/faults", new
        {
            uploadFailureRate = 0, statusFailureRate = rate, statusLatencyMs = 0, rateLimitPerSecond = 0, malformedStatusRate = 0,
        })).EnsureSuccessStatusCode();
    }

    private static async Task<string> OpsTokenAsync(StackFixture stack, string subject)
    {
        using var upload = stack.Client(AppIds.UploadApi);
        using var response = await upload.PostAsJsonAsync("/dev/token", new { sub = subject, roles = new[] { "ops" } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    [Fact]
    public async Task An_operator_sees_the_active_alert_follows_a_failure_to_its_history_and_sees_the_alert_resolve()
    {
        using var veteran = await stack.VeteranAsync("600043260");
        var failed = await Uploads.PostAsync(veteran, "600000760", Uploads.Form("x-ray-sim-fail-bgs.pdf"));
        Assert.Equal(System.Net.HttpStatusCode.Created, failed.StatusCode);
        var failedId = (await failed.Content.ReadFromJsonAsync<DocumentAnswer>())!.Id;
        await Uploads.WaitForAsync(veteran, failedId, d => d.Status == "failed");

        await using var session = await OpenAsync();
        var page = session.Page;

        // No cookie yet: the dashboard sends the operator to sign in, and a pasted ops token opens it.
        await page.GotoAsync("/ops");
        await Expect(page).ToHaveURLAsync(new Regex("/ops/sign-in"));
        await page.GetByLabel("Ops token").FillAsync(await OpsTokenAsync(stack, "ops-browser"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/ops$"));
        await Expect(page.GetByTestId("alerts-panel")).ToBeVisibleAsync();

        var mark = stack.Webhook.Events.Count;
        await SetStatusFailureRateAsync(1);
        WebhookEvent fired;
        try
        {
            // A pending document makes the poller ask Lighthouse, whose status calls now all fail.
            (await Uploads.PostAsync(veteran, "600000760", Uploads.Form("pending-while-lighthouse-is-down.pdf"))).EnsureSuccessStatusCode();
            fired = await stack.Webhook.WaitForAsync(mark,
                e => e.Event == "fired" && e.Monitor == "provider_status_errors" && e.Subject == "lighthouse", AlertWithin, "provider_status_errors");

            // The overview leads with the active alert, in the operator's words.
            await page.ReloadAsync();
            var row = page.GetByTestId("alerts-panel").Locator($"[data-alert-id='{fired.AlertId}']");
            await Expect(row).ToBeVisibleAsync();
            await Expect(row).ToHaveAttributeAsync("data-severity", "critical");
            await Expect(row).ToContainTextAsync(fired.Summary);
            if (Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } path)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            }

            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Alerts", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/ops/alerts$"));
            await Expect(page.Locator($"[data-alert-id='{fired.AlertId}']").First).ToContainTextAsync("provider_status_errors");

            // The failure is listed with its step, and links to the document's whole history.
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Failures", Exact = true }).ClickAsync();
            var failure = page.GetByTestId("failures").Locator("tr", new() { Has = page.Locator($"a[href='/ops/documents/{failedId}']") });
            await Expect(failure).ToContainTextAsync("BGS");
            await failure.Locator($"a[href='/ops/documents/{failedId}']").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/ops/documents/{failedId}$"));
            await Expect(page.GetByTestId("history")).ToContainTextAsync("failed");
            await Expect(page.GetByTestId("history")).ToContainTextAsync("in BGS");
            await Expect(page.GetByTestId("history")).ToContainTextAsync("the tracked item is closed");
        }
        finally
        {
            await SetStatusFailureRateAsync(0);
        }

        // Lighthouse answers again: the alert resolves by itself and leaves the active list for the recent one.
        await stack.Webhook.WaitForAsync(mark, e => e.Event == "resolved" && e.AlertId == fired.AlertId, AlertWithin, "resolution");
        await page.GotoAsync("/ops/alerts");
        var recent = page.Locator($"[data-alert-id='{fired.AlertId}']");
        await Expect(recent).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("alerts-panel")).ToHaveCountAsync(0);
        Assert.True(session.Errors.Count == 0, string.Join(" | ", session.Errors));
    }

    [Fact]
    public async Task An_operator_changes_a_flag_from_the_dashboard_and_the_change_is_recorded_with_their_name()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/ops/flags");
        await Expect(page).ToHaveURLAsync(new Regex("/ops/sign-in"));
        await page.GetByLabel("Ops token").FillAsync(await OpsTokenAsync(stack, "ops-flag-browser"));
        // Keyboard only: Tab to the button, Enter to sign in.
        await page.GetByLabel("Ops token").PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/ops(/flags)?$"));
        await page.GotoAsync("/ops/flags");

        var flag = FeatureFlagNames.ChampvaProvider;
        var users = $"vet-dashboard-{Guid.NewGuid():N}"[..20];
        var form = page.GetByTestId($"flag-{flag}");
        await form.GetByTestId($"{flag}-enabled").CheckAsync();
        await form.GetByTestId($"{flag}-users").FillAsync(users);
        await form.GetByTestId($"{flag}-percentage").FillAsync("0");
        await form.GetByTestId($"{flag}-save").ClickAsync();

        await Expect(page.GetByTestId("flag-notice")).ToBeVisibleAsync();
        var change = page.GetByTestId("flag-changes").Locator("tr", new() { HasText = users });
        await Expect(change).ToContainTextAsync(flag);
        await Expect(change.Locator("[data-field='changed-by']")).ToHaveTextAsync("ops-flag-browser");

        // The same setting every upload-api replica reads.
        using var ops = await stack.OperatorAsync();
        var settings = await ops.GetFromJsonAsync<JsonElement>("/ops/features");
        Assert.Contains(users, settings.ToString());

        // Put the flag back as it was for the other tests on this stack.
        using var restore = await ops.PutAsJsonAsync($"/ops/features/{flag}", new { enabled = false, users = Array.Empty<string>(), percentage = 0 });
        restore.EnsureSuccessStatusCode();
        Assert.True(session.Errors.Count == 0, string.Join(" | ", session.Errors));
    }
}
