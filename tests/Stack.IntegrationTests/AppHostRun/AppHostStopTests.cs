using DocumentUploads.TestSupport;
using Xunit.Abstractions;

namespace DocumentUploads.Stack.IntegrationTests.AppHostRun;

/// <summary>Stopping is the same whichever process gets the signal: SIGINT to the AppHost itself (the child
/// `dotnet run` started) stops every service and the dashboard too. (SIGTERM to `dotnet run` is checked
/// at the end of <see cref="AspireDashboardTests"/>.)</summary>
[Collection(AppHostRunCollection.Name)]
public sealed class AppHostStopTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SIGINT_to_the_AppHost_itself_leaves_nothing_running()
    {
        if (!OperatingSystem.IsLinux()) return; // processes are found through /proc
        await using var host = AppHostProcess.Start(new Dictionary<string, string>());
        await host.LoginUrlAsync(TimeSpan.FromMinutes(2));
        await host.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2));

        var appHost = ServiceProcess.Of(host.ProcessId);
        Assert.NotEqual(host.ProcessId, appHost);
        Assert.NotEmpty(host.RemainingProcesses());
        var stopped = await host.SignalAsync(appHost, "INT", TimeSpan.FromSeconds(30));

        Assert.Empty(host.RemainingProcesses());
        Assert.Empty(host.ListeningPorts());
        output.WriteLine($"SIGINT to the AppHost: everything stopped in {stopped.TotalSeconds:F1} s");
    }
}
