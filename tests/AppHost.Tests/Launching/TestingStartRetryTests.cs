using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Testing;
using Xunit.Abstractions;

namespace DocumentUploads.AppHost.Tests.Launching;

/// <summary>The testing builder's start retries a failed start on fresh ports (a parallel test run may take a
/// picked port before the service binds it), says so in the log, and still fails when every start fails.</summary>
public sealed class TestingStartRetryTests(ITestOutputHelper testOutput)
{
    private readonly CapturedOutput _output = new(testOutput);

    [Fact]
    public async Task A_start_that_keeps_failing_is_tried_the_given_number_of_times_then_fails_with_the_launchers_error()
    {
        var options = new DistributedApplicationTestingOptions { LogSink = _output.Add, StartupTimeout = TimeSpan.FromSeconds(30) };
        options.EnvironmentVariables["TestService__ExitCode"] = "4";

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() =>
            DistributedApplicationTestingBuilder.StartAsync(b => b.AddTestService("crasher"), options, attempts: 2));

        Assert.Contains("'crasher' exited with code 4", error.Message);
        Assert.Single(_output.Lines, l => l.StartsWith("[testing] start 1 of 2 failed, retrying on fresh ports", StringComparison.Ordinal));
        Assert.DoesNotContain(_output.Lines, l => l.StartsWith("[testing] start 2 of 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_free_port_allocation_a_failed_start_is_not_retried_on_the_same_ports()
    {
        var options = new DistributedApplicationTestingOptions
        {
            LogSink = _output.Add, StartupTimeout = TimeSpan.FromSeconds(30), AllocateFreePorts = false,
        };
        options.EnvironmentVariables["TestService__ExitCode"] = "4";

        await Assert.ThrowsAsync<DistributedApplicationException>(() =>
            DistributedApplicationTestingBuilder.StartAsync(b => b.AddTestService("crasher"), options));

        Assert.DoesNotContain(_output.Lines, l => l.StartsWith("[testing]", StringComparison.Ordinal));
    }
}
