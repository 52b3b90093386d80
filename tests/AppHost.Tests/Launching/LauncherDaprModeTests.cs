using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Orchestration;
using Xunit.Abstractions;

namespace DocumentUploads.AppHost.Tests.Launching;

/// <summary>Dapr mode end to end with a stand-in daprd (the test service started with daprd's
/// arguments): sidecar launched, both health-checked, token pair shared, both stopped.</summary>
public sealed class LauncherDaprModeTests(ITestOutputHelper testOutput) : IDisposable
{
    private readonly CapturedOutput _output = new(testOutput);
    private readonly DirectoryInfo _daprFolder = Directory.CreateTempSubdirectory("fake-dapr-");

    [Fact]
    public async Task Each_app_gets_a_sidecar_that_shares_its_tokens_and_stops_with_it()
    {
        var daprd = FakeDaprdScript();
        await using var app = await TestServiceComposition.CreateAsync(builder =>
        {
            builder.AddDaprComponents("../components");
            builder.AddTestService("worker").WithDaprSidecar();
        }, _output, environment: new Dictionary<string, string> { ["DAPR_PATH"] = daprd });

        await app.StartAsync();

        var resources = app.GetResources();
        Assert.Equal(["worker", "worker-dapr"], resources.Select(r => r.Name));
        Assert.All(resources, r => Assert.Equal(ResourceStateKind.Running, r.State.Kind));
        Assert.Contains(_output.Lines, l => l.Contains("Dapr mode", StringComparison.Ordinal));

        using var sidecar = new HttpClient { BaseAddress = resources[1].Url };
        var sidecarArgs = (await sidecar.GetStringAsync("/args")).Split('\n');
        Assert.Equal(app.GetEndpoint("worker").Port.ToString(), sidecarArgs[Array.IndexOf(sidecarArgs, "--app-port") + 1]);
        Assert.Equal(resources[1].Url.Port.ToString(), sidecarArgs[Array.IndexOf(sidecarArgs, "--dapr-http-port") + 1]);

        // The app only lets in calls carrying its sidecar's APP_API_TOKEN: the health wait passed, so it sent it.
        using var worker = app.CreateHttpClient("worker");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await worker.GetAsync("/health")).StatusCode);
        worker.DefaultRequestHeaders.Add("dapr-api-token", await sidecar.GetStringAsync("/env/APP_API_TOKEN"));
        Assert.Equal(resources[1].Url.Port.ToString(), await worker.GetStringAsync("/env/DAPR_HTTP_PORT"));
        Assert.Equal(await sidecar.GetStringAsync("/env/DAPR_API_TOKEN"), await worker.GetStringAsync("/env/DAPR_API_TOKEN"));

        await app.StopAsync();

        Assert.All(resources, r => TestServiceComposition.AssertGone(r.ProcessId));
        Assert.All(app.GetResources(), r => Assert.Equal(ResourceStateKind.Stopped, r.State.Kind));
    }

    public void Dispose() => _daprFolder.Delete(recursive: true);

    /// <summary>An executable named daprd that runs the test service with daprd's arguments.</summary>
    private string FakeDaprdScript()
    {
        var testService = Path.Combine(Repository.Root, "tests", "AppHost.Tests.TestService", "bin", Repository.Layout.Configuration,
            Repository.Layout.TargetFramework, "DocumentUploads.AppHost.Tests.TestService.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var script = Path.Combine(_daprFolder.FullName, "daprd");
        File.WriteAllText(script, $"#!/bin/sh\nexec \"{dotnet}\" \"{testService}\" \"$@\"\n");
        // A shell script: Unix only, like every machine this project builds on.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }
}
