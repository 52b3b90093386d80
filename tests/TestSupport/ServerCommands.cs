using System.Diagnostics;

namespace DocumentUploads.TestSupport;

/// <summary>Runs PostgreSQL's programs from one bin folder: directly, or through
/// <c>runuser -u postgres --</c> when the tests run as root.</summary>
internal sealed class ServerCommands(string binDirectory)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public string BinDirectory { get; } = binDirectory;

    /// <summary>Fails early, with the fix, when root has no postgres account to run the server as.</summary>
    public static void EnsureCanRunServer()
    {
        if (OsUser.IsRoot && !OsUser.PostgresAccountExists)
        {
            throw new InvalidOperationException(
                "The tests run as root, and PostgreSQL refuses to run as root, but there is no 'postgres' OS " +
                "account to run it as. Install the server package (apt-get install -y postgresql), which creates it.");
        }
    }

    /// <summary>The arguments that run <paramref name="program"/> from the bin folder as the account that owns the cluster.</summary>
    public IReadOnlyList<string> CommandLine(string program, IEnumerable<string> arguments)
    {
        var path = Path.Combine(BinDirectory, program);
        return OsUser.IsRoot ? ["runuser", "-u", OsUser.PostgresAccount, "--", path, .. arguments] : [path, .. arguments];
    }

    public Task<CommandResult> RunServerProgramAsync(string program, IEnumerable<string> arguments, string workingDirectory,
        CancellationToken cancellationToken) =>
        RunAsync(CommandLine(program, arguments), workingDirectory, cancellationToken);

    public static async Task<CommandResult> RunAsync(IReadOnlyList<string> commandLine, string workingDirectory,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(commandLine[0])
        {
            // Not the caller's folder: the postgres account may not be allowed into it (e.g. /root).
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in commandLine.Skip(1)) start.ArgumentList.Add(argument);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {commandLine[0]}.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return new CommandResult(string.Join(' ', commandLine), process.ExitCode, await stdout + await stderr);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true); // our own child, by its id
            throw;
        }
    }
}
