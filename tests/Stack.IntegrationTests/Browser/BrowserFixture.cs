using Microsoft.Playwright;

namespace DocumentUploads.Stack.IntegrationTests.Browser;

/// <summary>One headless Chromium for the browser tests of the stack collection, started on first use
/// (stack tests that never open a page pay nothing). It is Debian's Chromium, never a Playwright
/// download (there is no internet here): <c>/usr/bin/chromium</c>, or <c>CHROMIUM_PATH</c>.
/// Each test opens its own <see cref="BrowserSession"/>: a fresh context, so no cookies or storage
/// leak between tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>Flags for a headless browser on a build machine: no sandbox (CI runs as root), no GPU,
    /// and nothing that would try to reach the internet.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly SemaphoreSlim _startLock = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultChromiumPath;

    public Task InitializeAsync()
    {
        // Expectations wait on a running stack whose simulator and poller move on their own clocks.
        Assertions.SetDefaultExpectTimeout(30_000);
        return Task.CompletedTask;
    }

    /// <summary>A new page in a new context whose relative URLs resolve against <paramref name="baseUrl"/>
    /// (e.g. <c>stack.App.GetEndpoint(AppIds.UploadApi)</c> or the document-workflow endpoint).</summary>
    public async Task<BrowserSession> OpenAsync(Uri baseUrl, BrowserNewContextOptions? options = null)
    {
        var browser = await BrowserAsync();
        options ??= new BrowserNewContextOptions();
        options.BaseURL = baseUrl.ToString();
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    private async Task<IBrowser> BrowserAsync()
    {
        await _startLock.WaitAsync();
        try
        {
            if (_browser is not null) return _browser;
            if (!File.Exists(ChromiumPath))
            {
                throw new InvalidOperationException(
                    $"Browser tests need Chromium at {ChromiumPath}: run `apt-get install -y chromium` (.ci/run does) or set CHROMIUM_PATH.");
            }
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            return _browser;
        }
        finally
        {
            _startLock.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _startLock.Dispose();
    }
}
