namespace DocumentUploads.AppHost.Orchestration;

public enum ResourceStateKind
{
    NotStarted,
    Starting,
    Running,

    /// <summary>Exited on its own, not asked to: always reported as an error.</summary>
    Exited,

    /// <summary>Its process could not even be launched.</summary>
    FailedToStart,
    Stopping,

    /// <summary>Exited after the AppHost asked it to stop.</summary>
    Stopped,
}
