namespace DocumentUploads.AppHost.Orchestration;

/// <summary>One process the supervisor owns (a service or its sidecar) and what is known about it.</summary>
internal sealed class TrackedProcess(string name, string type, Uri url, ProcessLaunch launch)
{
    public string Name { get; } = name;

    public string Type { get; } = type;

    public Uri Url { get; } = url;

    public ProcessLaunch Launch { get; } = launch;

    public ChildProcess? Process { get; set; }

    public ResourceState State { get; set; } = new(ResourceStateKind.NotStarted);

    /// <summary>Completes once the exit has been recorded (state and report).</summary>
    public Task ExitRecorded { get; set; } = Task.CompletedTask;

    public ResourceSnapshot Snapshot() => new(Name, Type, State, Url, Process?.ProcessId);
}
