namespace DocumentUploads.DocumentWorkflow.Tests;

/// <summary>The housekeeping schedule (idempotency keys, retention): a run that fails is reported and does not stop the
/// next one; stopping the host ends the schedule quietly.</summary>
public sealed class PeriodicWorkTests
{
    [Fact]
    public async Task A_failed_run_is_reported_and_the_next_tick_runs_again_until_the_host_stops()
    {
        var runs = 0;
        var failures = new List<Exception>();
        var secondRun = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stopping = new CancellationTokenSource();

        var schedule = PeriodicWork.RunAsync(TimeSpan.FromMilliseconds(10), TimeProvider.System, _ =>
        {
            if (++runs == 1) throw new InvalidOperationException("database unreachable");
            secondRun.TrySetResult();
            return Task.CompletedTask;
        }, failures.Add, stopping.Token);

        await secondRun.Task.WaitAsync(TimeSpan.FromSeconds(10));
        stopping.Cancel();
        await schedule.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("database unreachable", Assert.Single(failures).Message);
        Assert.True(runs >= 2);
    }
}
