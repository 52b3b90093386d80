using Microsoft.AspNetCore.Builder;

namespace DocumentUploads.Simulators.Tests.Infrastructure;

/// <summary>One of the real apps, started in-process on a free loopback port and reached over real HTTP.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    // One shared empty folder, so runs leave nothing behind but it.
    private static readonly string EmptyContentRoot =
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "simulators-tests-content-root")).FullName;

    private readonly WebApplication _app;

    private RunningApp(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(20) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the app built by <paramref name="build"/> (its static Build method) with
    /// <paramref name="args"/> on top of test defaults: port 0 on 127.0.0.1, an empty content
    /// root (no appsettings.json from the test output folder), quiet logs.</summary>
    public static async Task<RunningApp> StartAsync(Func<string[], WebApplication> build, params string[] args)
    {
        string[] defaults =
        [
            "--urls=http://127.0.0.1:0",
            $"--contentRoot={EmptyContentRoot}",
            "--Logging:LogLevel:Default=Warning",
        ];
        var app = build([.. defaults, .. args]);
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
