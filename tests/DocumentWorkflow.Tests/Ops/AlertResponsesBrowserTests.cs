using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentUploads.DocumentWorkflow.Alerts;
using DocumentUploads.Stack.IntegrationTests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>The alerts page in headless Chromium against document-workflow alone (DashboardHost): an operator
/// signs in, acknowledges an active alert, silences its monitor with a reason and ends the silence, all through
/// the page's plain forms, and GET /ops/api/alerts tells the same story.</summary>
[Trait("Category", "Browser")]
public sealed class AlertResponsesBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private DashboardHost _host = null!;

    public async Task InitializeAsync() => _host = await DashboardHost.StartAsync("Production", "--Monitoring:EvaluationInterval=01:00:00");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_operator_acknowledges_an_alert_and_silences_and_unsilences_its_monitor_from_the_page()
    {
        var alert = await _host.FireAlertAsync(AlertMonitorNames.ProviderStatusErrors, "lighthouse");
        await using var session = await browser.OpenAsync(_host.App.BaseAddress,
            new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = session.Page;

        await page.GotoAsync("/ops/alerts");
        await Expect(page).ToHaveURLAsync(new Regex("/ops/sign-in"));
        await page.GetByLabel("Ops token").FillAsync(_host.OpsToken("ops-browser-ack"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/ops$"));
        await page.GotoAsync("/ops/alerts");

        var row = page.GetByTestId("active-alerts").Locator($"[data-alert-id='{alert.Id}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Expect(page.GetByTestId("alerts-notice")).ToContainTextAsync("Acknowledged");
        await Expect(row.Locator("[data-field='acknowledged-by']")).ToHaveTextAsync("ops-browser-ack");
        await Expect(row.Locator("[data-field='webhook']")).ToHaveTextAsync("quiet (acknowledged)");

        // A silence of every lighthouse status error for 30 min; the reason is required.
        var form = page.GetByTestId("silence-form");
        await form.GetByLabel("Monitor", new() { Exact = true }).SelectOptionAsync(AlertMonitorNames.ProviderStatusErrors);
        await form.GetByLabel("Subject").FillAsync("lighthouse");
        await form.GetByLabel("For how many minutes").FillAsync("30");
        await form.GetByLabel("Reason").FillAsync("Lighthouse maintenance window");
        await form.GetByRole(AriaRole.Button, new() { Name = "Silence" }).ClickAsync();
        await Expect(page.GetByTestId("alerts-notice")).ToHaveTextAsync("Silence started.");
        var silence = page.GetByTestId("silences").Locator("tr", new() { HasText = "Lighthouse maintenance window" });
        await Expect(silence.Locator("[data-field='created-by']")).ToHaveTextAsync("ops-browser-ack");
        await Expect(row).ToHaveAttributeAsync("data-silenced", "true");

        using (var ops = _host.Bearer(_host.OpsToken()))
        {
            var shown = (await ops.GetFromJsonAsync<JsonElement>(AlertsApi.Active)).EnumerateArray()
                .Single(a => a.GetProperty("id").GetString() == alert.Id.ToString());
            Assert.Equal(("ops-browser-ack", true), (shown.GetProperty("acknowledgedBy").GetString(), shown.GetProperty("silenced").GetBoolean()));
        }

        await silence.GetByRole(AriaRole.Button, new() { Name = "End silence" }).ClickAsync();
        await Expect(page.GetByTestId("alerts-notice")).ToHaveTextAsync("Silence ended.");
        await Expect(page.GetByTestId("silences")).ToHaveCountAsync(0);
        await Expect(row).ToHaveAttributeAsync("data-silenced", "false");
        Assert.True(session.Errors.Count == 0, string.Join(" | ", session.Errors));
    }
}
