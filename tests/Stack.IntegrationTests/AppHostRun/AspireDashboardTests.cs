using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DocumentUploads.ServiceDefaults;
using DocumentUploads.Stack.IntegrationTests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace DocumentUploads.Stack.IntegrationTests.AppHostRun;

/// <summary>The stack as a developer runs it (<c>dotnet run --project AppHost</c>): the Aspire dashboard
/// comes up with it, one upload shows there as one trace across the services it passed through, and a
/// SIGTERM to the <c>dotnet run</c> process leaves no process and no listening port behind.</summary>
[Collection(AppHostRunCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AspireDashboardTests(BrowserFixture browser, ITestOutputHelper output)
{
    public const string ScreenshotVariable = "ASPIRE_DASHBOARD_SCREENSHOT";

    [Fact]
    public async Task An_upload_is_one_trace_on_the_dashboard_and_SIGTERM_leaves_nothing_running()
    {
        if (!OperatingSystem.IsLinux()) return; // processes are found through /proc
        await using var host = AppHostProcess.Start(new Dictionary<string, string>
        {
            ["LighthouseSim:StepDuration"] = "00:00:00.200",
            ["Polling:Interval"] = "00:00:01",
        });
        try
        {
            var login = await host.LoginUrlAsync(TimeSpan.FromMinutes(2));
            await host.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2));

            // One upload through the public API, as in the README's walkthrough.
            using var api = new HttpClient { BaseAddress = host.Endpoint(AppIds.UploadApi) };
            using (var tokenAnswer = await api.PostAsJsonAsync("/dev/token", new { sub = "vet-dashboard", participantId = "600043201", roles = new[] { "veteran" } }))
            {
                tokenAnswer.EnsureSuccessStatusCode();
                var token = (await tokenAnswer.Content.ReadFromJsonAsync<TokenAnswer>())!.Token;
                api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            using var uploaded = await Uploads.PostAsync(api, "600000001", Uploads.Form("dashboard-trace.pdf"));
            Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
            var document = (await uploaded.Content.ReadFromJsonAsync<DocumentAnswer>())!;
            Assert.Equal("completed", (await Uploads.WaitForAsync(api, document.Id, d => d.Status == "completed", TimeSpan.FromSeconds(60))).Status);

            // The dashboard, signed in with the link the AppHost printed.
            await using var session = await browser.OpenAsync(host.Dashboard, new BrowserNewContextOptions { ViewportSize = new() { Width = 1600, Height = 1000 } });
            var page = session.Page;
            await page.GotoAsync(login.ToString());
            await page.GotoAsync("/traces");
            var upload = page.GetByText(new Regex(@"upload-api: POST .*benefits_documents")).First;
            await Expect(upload).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await upload.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/traces/detail/"));
            foreach (var service in new[] { AppIds.UploadApi, AppIds.ProviderLighthouse, AppIds.LighthouseSim, AppIds.DocumentWorkflow })
            {
                await Expect(page.GetByText(service, new() { Exact = true }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            }
            if (Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } path)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
            }
        }
        finally
        {
            foreach (var line in host.Output.TakeLast(40)) output.WriteLine(line);
        }

        // SIGTERM to `dotnet run` (what a script or a process manager sends) stops the whole stack.
        Assert.NotEmpty(host.RemainingProcesses());
        var stopped = await host.SignalAsync(host.ProcessId, "TERM", TimeSpan.FromSeconds(30));
        Assert.Empty(host.RemainingProcesses());
        Assert.Empty(host.ListeningPorts());
        output.WriteLine($"SIGTERM to dotnet run: everything stopped in {stopped.TotalSeconds:F1} s");
    }

    private sealed record TokenAnswer(string Token);
}
