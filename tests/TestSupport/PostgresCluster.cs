using System.Net;
using System.Text.RegularExpressions;
using Npgsql;

namespace DocumentUploads.TestSupport;

/// <summary>A throwaway PostgreSQL cluster for tests: initdb into a temp folder, started on a free
/// loopback port with durability off (fast), stopped and deleted on dispose. Start one per test
/// assembly and give each store its own database (<see cref="CreateDatabaseAsync"/>).</summary>
public sealed partial class PostgresCluster : IAsyncDisposable
{
    public const string SuperUser = "postgres";
    internal const string DataFolder = "data";
    private const string LogFile = "server.log";

    private readonly ServerCommands _commands;
    private readonly ClusterWatchdog _watchdog;
    private readonly NpgsqlDataSource _admin;
    private readonly EventHandler _stopOnProcessExit;
    private int _disposed;

    private PostgresCluster(ServerCommands commands, string directory, int port, ClusterWatchdog watchdog)
    {
        _commands = commands;
        ClusterDirectory = directory;
        Port = port;
        _watchdog = watchdog;
        _admin = NpgsqlDataSource.Create(ConnectionString("postgres"));
        // A run ended with Ctrl+C or SIGTERM does not dispose fixtures; this still stops the server.
        _stopOnProcessExit = (_, _) => DisposeAsync().AsTask().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += _stopOnProcessExit;
    }

    /// <summary>Every cluster folder lives under here, so a later run can find and stop leftovers.</summary>
    public static string TempRoot { get; } = Path.Combine(Path.GetTempPath(), "du-test-postgres");

    public string ClusterDirectory { get; }

    public int Port { get; }

    public string BinDirectory => _commands.BinDirectory;

    public static async Task<PostgresCluster> StartAsync(CancellationToken cancellationToken)
    {
        var commands = new ServerCommands(PostgresBinaries.FindDirectory());
        ServerCommands.EnsureCanRunServer();
        CreateTempRoot();
        await StaleClusters.StopAllAsync(commands, TempRoot, cancellationToken);

        var directory = await CreateClusterDirectoryAsync(cancellationToken);
        ClusterWatchdog? watchdog = null;
        try
        {
            watchdog = ClusterWatchdog.Start(commands, directory, Environment.ProcessId);
            var data = Path.Combine(directory, DataFolder);
            // Trust is safe here: the server listens on 127.0.0.1 and a socket in its own folder only.
            (await commands.RunServerProgramAsync("initdb",
                ["-D", data, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"],
                directory, cancellationToken)).EnsureSucceeded();
            var port = await StartServerAsync(commands, directory, cancellationToken);
            return new PostgresCluster(commands, directory, port, watchdog);
        }
        catch
        {
            watchdog?.Dispose();
            await ClusterShutdown.StopAndDeleteAsync(commands, directory, CancellationToken.None);
            throw;
        }
    }

    /// <summary>A connection string for <paramref name="database"/> as the superuser, over loopback TCP.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = SuperUser,
        Database = database,
        IncludeErrorDetail = true,
        Timeout = 15,
    }.ConnectionString;

    /// <summary>Creates an empty database (a random name unless given) and returns its name.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        name ??= "t_" + Guid.NewGuid().ToString("N");
        if (!DatabaseName().IsMatch(name)) throw new ArgumentException($"'{name}' is not a plain database name.", nameof(name));
        await using var command = _admin.CreateCommand($"CREATE DATABASE \"{name}\"");
        await command.ExecuteNonQueryAsync();
        return name;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        AppDomain.CurrentDomain.ProcessExit -= _stopOnProcessExit;
        await _admin.DisposeAsync();
        _watchdog.Dispose();
        await ClusterShutdown.StopAndDeleteAsync(_commands, ClusterDirectory, CancellationToken.None);
    }

    private static void CreateTempRoot()
    {
        if (Directory.Exists(TempRoot) || OperatingSystem.IsWindows()) return;
        // Sticky and world-writable like /tmp: runs as root and as a normal user can share it.
        Directory.CreateDirectory(TempRoot);
        try
        {
            File.SetUnixFileMode(TempRoot, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
                UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute | UnixFileMode.StickyBit);
        }
        catch (UnauthorizedAccessException)
        {
            // A concurrent run by another user created it first, and set the mode.
        }
    }

    // The owner file goes in before anything else, so a concurrent run's stale check never mistakes it.
    private static async Task<string> CreateClusterDirectoryAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(TempRoot, Guid.NewGuid().ToString("N"));
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("The test cluster needs Linux (initdb, runuser).");
        Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        ClusterOwner.Current().WriteTo(directory);
        if (OsUser.IsRoot)
        {
            // initdb runs as the postgres account and must own the folder it creates the cluster in.
            (await ServerCommands.RunAsync(["chown", $"{OsUser.PostgresAccount}:", directory], TempRoot, cancellationToken))
                .EnsureSucceeded();
        }
        return directory;
    }

    private static async Task<int> StartServerAsync(ServerCommands commands, string directory, CancellationToken cancellationToken)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var port = LoopbackPorts.Free();
            // Durability off: the cluster is thrown away, and this makes every commit cheap.
            var options = $"-p {port} -k '{directory}' -c listen_addresses=127.0.0.1 " +
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            var start = await commands.RunServerProgramAsync("pg_ctl",
                ["-D", Path.Combine(directory, DataFolder), "-l", Path.Combine(directory, LogFile), "-o", options,
                 "-w", "-t", "60", "start"], directory, cancellationToken);
            if (start.Succeeded) return port;

            var log = ReadLog(directory);
            // Another process may take the free port between our probe and the server's bind.
            if (attempt < attempts && log.Contains("could not bind", StringComparison.Ordinal)) continue;
            throw new InvalidOperationException(
                $"PostgreSQL did not start ({start.Command} exited with {start.ExitCode}).{Environment.NewLine}" +
                $"{start.Output.Trim()}{Environment.NewLine}Server log:{Environment.NewLine}{log}");
        }
    }

    private static string ReadLog(string directory)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(directory, LogFile));
            return string.Join(Environment.NewLine, lines.TakeLast(30));
        }
        catch (IOException)
        {
            return "(no server log)";
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
