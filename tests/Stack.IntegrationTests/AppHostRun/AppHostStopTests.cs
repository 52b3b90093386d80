using DocumentUploads.TestSupport;
using Xunit.Abstractions;

namespace DocumentUploads.Stack.IntegrationTests.AppHostRun;

/// <summary>Stopping is the same whichever process gets the signal: SIGTERM to the AppHost itself (the child
/// `dotnet run` started, as a process manager that tracks it would send) stops every service and the
/// dashboard too. (SIGTERM to `dotnet run` is checked at the end of <see cref="AspireDashboardTests"/>.)
/// SIGINT is not sent here: a test run started in the background (CI's may be) hands its children an
/// ignored SIGINT, so the signal would prove nothing about the AppHost.</summary>
[Collection(AppHostRunCollection.Name)]
public sealed class AppHostStopTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SIGTERM_to_the_AppHost_itself_leaves_nothing_running()
    {
        if (!OperatingSystem.IsLinux()) return; // processes are found through /proc
        await using var host = AppHostProcess.Start(new Dictionary<string, string>());
        await host.LoginUrlAsync(TimeSpan.FromMinutes(2));
        await host.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2));

        var appHost = ServiceProcess.Of(host.ProcessId);
        Assert.NotEqual(host.ProcessId, appHost);
        Assert.NotEmpty(host.RemainingProcesses());
        var stopped = await host.SignalAsync(appHost, "TERM", TimeSpan.FromSeconds(30));

        Assert.Empty(host.RemainingProcesses());
        Assert.Empty(host.ListeningPorts());
        output.WriteLine($"SIGTERM to the AppHost: everything stopped in {stopped.TotalSeconds:F1} s");
    }
}
