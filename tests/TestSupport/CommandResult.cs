namespace DocumentUploads.TestSupport;

/// <summary>How a command-line program ended, with what it printed (stdout then stderr).</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    public CommandResult EnsureSucceeded() => Succeeded
        ? this
        : throw new InvalidOperationException($"`{Command}` exited with {ExitCode}:{Environment.NewLine}{Output.Trim()}");
}
