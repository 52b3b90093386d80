using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Orchestration;
using Xunit.Abstractions;

namespace DocumentUploads.AppHost.Tests.Launching;

/// <summary>The launcher against real child processes: health waits, environment, output,
/// a crash reported, and a stop that leaves nothing behind.</summary>
public sealed class LauncherLifecycleTests(ITestOutputHelper testOutput)
{
    private readonly CapturedOutput _output = new(testOutput);

    [Fact]
    public async Task Starts_in_reference_order_reports_a_crash_and_stops_leaving_no_process()
    {
        var app = await TestServiceComposition.CreateAsync(builder =>
        {
            var backend = builder.AddTestService("backend");
            builder.AddTestService("frontend").WithReference(backend);
            builder.AddTestService("flaky");
        }, _output, environment: new Dictionary<string, string> { ["Probe__Shared"] = "for-every-child" });
        await using (app)
        {
            await app.StartAsync();

            // Health wait and reference order: the frontend started only once the backend was healthy.
            Assert.All(app.GetResources(), r => Assert.Equal(ResourceStateKind.Running, r.State.Kind));
            Assert.True(_output.IndexOf("backend: Running") < _output.IndexOf("frontend: Starting"));

            using var frontend = app.CreateHttpClient("frontend");
            Assert.Equal(app.GetEndpoint("backend").ToString().TrimEnd('/'), await frontend.GetStringAsync("/env/services__backend__http__0"));
            Assert.Equal("for-every-child", await frontend.GetStringAsync("/env/Probe__Shared"));
            Assert.Equal("frontend", await frontend.GetStringAsync("/env/OTEL_SERVICE_NAME"));

            // Output forwarded line by line with the app id in front, stderr too.
            Assert.Contains("[backend] backend started", _output.Lines);
            Assert.Contains("[frontend] frontend writes to stderr too", _output.Lines);

            // A crash after startup is loud, and the others keep running.
            using (var flaky = app.CreateHttpClient("flaky"))
            {
                (await flaky.PostAsync("/exit/3", null)).EnsureSuccessStatusCode();
            }
            var crashed = await app.WaitForResourceStateAsync("flaky", s => s.Kind == ResourceStateKind.Exited)
                .WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(3, crashed.ExitCode);
            Assert.Contains(_output.Lines, l => l.StartsWith("[apphost] ERROR: 'flaky'", StringComparison.Ordinal) && l.Contains("exited unexpectedly with code 3"));
            Assert.Equal("Healthy", await frontend.GetStringAsync("/health"));

            var processIds = app.GetResources().Select(r => r.ProcessId).ToList();
            await app.StopAsync();

            Assert.All(processIds, TestServiceComposition.AssertGone);
            Assert.All(app.GetResources().Where(r => r.Name != "flaky"), r => Assert.Equal(new ResourceState(ResourceStateKind.Stopped, 0), r.State));
            Assert.DoesNotContain(_output.Lines, l => l.Contains("ERROR", StringComparison.Ordinal) && !l.Contains("'flaky'", StringComparison.Ordinal));
        }
    }
}
