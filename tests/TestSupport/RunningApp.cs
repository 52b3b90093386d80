using Microsoft.AspNetCore.Builder;

namespace DocumentUploads.TestSupport;

/// <summary>One of the real apps, started in-process on a free 127.0.0.1 port and reached over real HTTP.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    // One shared empty folder, so no appsettings.json from the test output folder is read.
    private static readonly string EmptyContentRoot =
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "documentuploads-tests-content-root")).FullName;

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

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the app its static Build method makes, with <paramref name="args"/> on top of
    /// test defaults (port 0 on 127.0.0.1, Production, an empty content root, quiet logs).</summary>
    public static Task<RunningApp> StartAsync(Func<string[], WebApplication> build, params string[] args) =>
        StartAsync(build, null, args);

    /// <param name="beforeStart">May add middleware before the app starts (e.g. request counting).</param>
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
