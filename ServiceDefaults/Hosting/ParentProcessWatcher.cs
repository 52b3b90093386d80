using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.ServiceDefaults.Hosting;

/// <summary>Stops this service when the AppHost that launched it is gone, so a killed
/// AppHost (SIGKILL, crashed test run) leaves no orphaned service holding its port.</summary>
internal sealed class ParentProcessWatcher(IConfiguration configuration, IHostApplicationLifetime lifetime,
    TimeProvider time, ILogger<ParentProcessWatcher> logger) : BackgroundService
{
    public const string ParentPidVariable = "DOCUMENTUPLOADS_APPHOST_PID";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!int.TryParse(configuration[ParentPidVariable], out var parentPid)) return;

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (IsAlive(parentPid)) continue;
                logger.LogWarning("AppHost process {ParentPid} has exited; stopping", parentPid);
                lifetime.StopApplication();
                return;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
