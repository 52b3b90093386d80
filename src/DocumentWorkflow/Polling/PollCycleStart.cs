using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.DocumentWorkflow.Polling;

/// <summary>The answer to a trigger: the cycle it started (and how to await it), or why none started.</summary>
public sealed record PollCycleStart(PollCycleView View, Task<PollCycleView>? Completion)
{
    public bool Started => Completion is not null;
}
