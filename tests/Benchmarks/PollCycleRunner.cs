using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Polling;

namespace DocumentUploads.Benchmarks;

/// <summary>Starts one poll cycle and waits for it. When the run is cancelled the cycle stops at
/// the same token; it is still waited for (briefly), so the host and its store are not disposed
/// while the cycle is recording how it ended.</summary>
public static class PollCycleRunner
{
    private static readonly TimeSpan WindDown = TimeSpan.FromSeconds(30);

    public static async Task<PollCycleView> RunAsync(DocumentStatusPoller poller, string trigger, CancellationToken cancellationToken)
    {
        var start = await poller.TryStartAsync(trigger, cancellationToken);
        if (start.Completion is not { } completion)
        {
            throw new BenchmarkFailedException($"The {trigger} poll cycle did not start: {start.View.Outcome} {start.View.Message}");
        }
        try
        {
            return await completion.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Task.WhenAny(completion, Task.Delay(WindDown, CancellationToken.None));
            throw;
        }
    }
}
