using Microsoft.AspNetCore.Builder;

namespace DocumentUploads.ProviderContract.Tests.Infrastructure;

/// <summary>One of the real apps, started in-process on a free 127.0.0.1 port and reached over real HTTP.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    // One shared empty folder, so no appsettings.json from the test output folder is read.
    private static readonly string EmptyContentRoot =
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "provider-contract-tests-content-root")).FullName;

    private readonly WebApplication _app;

    private RunningApp(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(20) };
    }

    public Uri BaseAddress { get; }

    /// <summary>Plain client, no credentials.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts the app its static Build method makes, with <paramref name="args"/> on top of
    /// test defaults (port 0, Production, quiet logs); <paramref name="beforeStart"/> may add middleware.</summary>
    public static async Task<RunningApp> StartAsync(Func<string[], WebApplication> build, Action<WebApplication>? beforeStart,
        params string[] args)
    {
        string[] defaults =
        [
            "--urls=http://127.0.0.1:0",
            $"--contentRoot={EmptyContentRoot}",
            "--environment=Production",
            "--Logging:LogLevel:Default=Warning",
        ];
        var app = build([.. defaults, .. args]);
        beforeStart?.Invoke(app);
        await app.StartAsync();
        return new RunningApp(app, new Uri(app.Urls.Single().TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
