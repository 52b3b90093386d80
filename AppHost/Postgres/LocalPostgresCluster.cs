using System.Diagnostics;

namespace DocumentUploads.AppHost.Postgres;

/// <summary>The data folder of the AppHost's own PostgreSQL and the commands that run it. PostgreSQL
/// refuses to run as root, so as root every program runs as the <c>postgres</c> account (Debian's
/// package creates it) through <c>runuser</c>.</summary>
internal sealed class LocalPostgresCluster(string binDirectory, string dataDirectory)
{
    public const string SuperUser = "postgres";
    private const string ServiceAccount = "postgres";

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>The server on 127.0.0.1 only and without a Unix socket; the port is appended (<c>-p</c>).</summary>
    public (string Command, IReadOnlyList<string> Arguments) ServerCommand() =>
        AsServiceAccount(Path.Combine(binDirectory, "postgres"),
            ["-D", dataDirectory, "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="]);

    /// <summary>Creates the cluster and the database on first use, then sets this run's password for
    /// the superuser in single-user mode (before the server listens, so it never runs with another).</summary>
    public async Task PrepareAsync(string databaseName, string password, CancellationToken cancellationToken)
    {
        var statements = $"ALTER ROLE {SuperUser} PASSWORD '{password}';\n";
        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            await InitializeAsync(cancellationToken);
            statements += $"CREATE DATABASE {databaseName};\n";
        }
        try
        {
            await RunAsync(Path.Combine(binDirectory, "postgres"), ["--single", "-D", dataDirectory, "postgres"], statements, cancellationToken);
        }
        catch (InvalidOperationException) when (statements.Contains("CREATE DATABASE", StringComparison.Ordinal))
        {
            // A half-made cluster would fail every later start: start from nothing next time.
            Directory.Delete(dataDirectory, recursive: true);
            throw;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        if (Directory.EnumerateFileSystemEntries(dataDirectory).Any())
        {
            throw new InvalidOperationException($"{dataDirectory} holds files but no PostgreSQL cluster: empty it or set Postgres:DataDirectory to another folder.");
        }
        if (IsRoot) await RunAsync("chown", [$"{ServiceAccount}:", dataDirectory], null, cancellationToken, asServiceAccount: false);
        await RunAsync(Path.Combine(binDirectory, "initdb"),
            ["-D", dataDirectory, "-U", SuperUser, "-E", "UTF8", "--auth-local=peer", "--auth-host=scram-sha-256"], null, cancellationToken);
    }

    private static (string Command, IReadOnlyList<string> Arguments) AsServiceAccount(string program, IReadOnlyList<string> arguments) =>
        IsRoot ? ("runuser", ["-u", ServiceAccount, "--", program, .. arguments]) : (program, arguments);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, string? input, CancellationToken cancellationToken,
        bool asServiceAccount = true)
    {
        var (command, commandArguments) = asServiceAccount ? AsServiceAccount(program, arguments) : (program, arguments);
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in commandArguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        // Statements (the password among them) go in on standard input, never on a command line.
        if (input is not null) await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} exited with {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}".Trim());
        }
        var singleUserErrors = (await output + await error).Split('\n').Where(line => line.Contains("ERROR:", StringComparison.Ordinal)).ToList();
        if (singleUserErrors.Count > 0) throw new InvalidOperationException($"{Path.GetFileName(program)}: {string.Join(' ', singleUserErrors)}");
    }
}
