namespace DocumentUploads.AppHost.Orchestration;

/// <summary>How to start one child process. <see cref="Environment"/> is laid over the AppHost's
/// own environment, which the child inherits whole.</summary>
internal sealed record ProcessLaunch(
    string Name,
    string Executable,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment);
