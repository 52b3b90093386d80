using System.Diagnostics;
using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Orchestration;
using Xunit.Abstractions;

namespace DocumentUploads.AppHost.Tests.Launching;

/// <summary>A start that cannot finish fails with a message naming the service, and stops what it had started.</summary>
public sealed class LauncherStartupFailureTests(ITestOutputHelper testOutput)
{
    private readonly CapturedOutput _output = new(testOutput);

    [Fact]
    public async Task A_service_that_never_becomes_healthy_fails_startup_and_the_started_ones_are_stopped()
    {
        await using var app = await TestServiceComposition.CreateAsync(builder =>
        {
            var dependency = builder.AddTestService("dependency");
            builder.AddTestService("sick").WithReference(dependency).WithEnvironment("TestService__Unhealthy", "true");
        }, _output, startupTimeout: TimeSpan.FromSeconds(10)); // long enough for a cold, busy CI machine to answer once

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());

        Assert.Contains("'sick' did not become healthy", error.Message);
        Assert.Contains("HTTP 503", error.Message);
        Assert.All(app.GetResources(), r => TestServiceComposition.AssertGone(r.ProcessId));
        Assert.Equal(new ResourceState(ResourceStateKind.Stopped, 0), app.GetResources().Single(r => r.Name == "dependency").State);
    }

    [Fact]
    public async Task A_health_answer_from_another_process_on_the_port_does_not_pass_for_the_service()
    {
        // The impostor answers 200 but names another process, as whatever took the port first would.
        await using var app = await TestServiceComposition.CreateAsync(
            builder => builder.AddTestService("squatted").WithEnvironment("TestService__Impostor", "true"), _output,
            startupTimeout: TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());

        Assert.Contains("'squatted' did not become healthy", error.Message);
        Assert.Contains("another process (X-Process-Id: 1, expected", error.Message);
        Assert.All(app.GetResources(), r => TestServiceComposition.AssertGone(r.ProcessId));
    }

    [Fact]
    public async Task A_service_that_exits_while_starting_fails_startup_at_once()
    {
        await using var app = await TestServiceComposition.CreateAsync(
            builder => builder.AddTestService("crasher").WithEnvironment("TestService__ExitCode", "4"), _output);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());

        Assert.Contains("'crasher' exited with code 4", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "an exit must not wait for the startup timeout");
        Assert.Equal(new ResourceState(ResourceStateKind.Exited, 4), app.GetResources().Single().State);
    }

    [Fact]
    public async Task A_cancelled_start_stops_what_it_started()
    {
        await using var app = await TestServiceComposition.CreateAsync(builder =>
        {
            var first = builder.AddTestService("first");
            builder.AddTestService("never-ready").WithReference(first).WithEnvironment("TestService__Unhealthy", "true");
        }, _output);
        using var cancellation = new CancellationTokenSource();

        var start = app.StartAsync(cancellation.Token);
        await app.WaitForResourceStateAsync("never-ready", s => s.Kind == ResourceStateKind.Starting).WaitAsync(TimeSpan.FromSeconds(20));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => start);
        Assert.All(app.GetResources(), r => TestServiceComposition.AssertGone(r.ProcessId));
    }

    [Fact]
    public async Task A_service_not_built_is_named_and_nothing_starts()
    {
        await using var app = await TestServiceComposition.CreateAsync(builder =>
        {
            builder.AddTestService("fine");
            builder.AddProject("ghost", "../tests/NoSuchService/NoSuchService.csproj", 5999);
        }, _output);

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());

        Assert.Contains("'ghost'", error.Message);
        Assert.Contains("NoSuchService.csproj does not exist", error.Message);
        Assert.All(app.GetResources(), r => Assert.Null(r.ProcessId));
    }
}
