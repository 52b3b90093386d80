using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace DocumentUploads.TestSupport;

/// <summary>A throwaway clamd on a free 127.0.0.1 port with only the project's test signature (the EICAR test
/// string; no signature download is possible here), stopped with SIGTERM by its PID on dispose.</summary>
public sealed class ClamdProcess : IAsyncDisposable
{
    /// <summary>The antivirus industry's harmless test string: every scanner, and our test signature, flags it.</summary>
    public const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    public const string TestSignature = "DocumentUploads.Test.EICAR.UNOFFICIAL";

    private readonly Process _process;
    private readonly string _directory;

    private ClamdProcess(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    public static async Task<ClamdProcess> StartAsync()
    {
        var clamd = new[] { "/usr/sbin/clamd" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, "clamd")))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("clamd is not installed: `apt-get install -y clamav-daemon` (.ci/run does it).");
        var directory = Directory.CreateTempSubdirectory("du-clamd-test-").FullName;
        var port = LoopbackPorts.Free();
        var configuration = Path.Combine(directory, "clamd.conf");
        await File.WriteAllTextAsync(configuration, $"""
            Foreground yes
            TCPSocket {port}
            TCPAddr 127.0.0.1
            DatabaseDirectory {TestSignatureDirectory}
            StreamMaxLength 2M
            """);
        var start = new ProcessStartInfo(clamd) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--config-file");
        start.ArgumentList.Add(configuration);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = new ClamdProcess(process, directory, port);
        var deadline = Stopwatch.StartNew();
        while (!await started.PingAsync())
        {
            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                await started.DisposeAsync();
                throw new InvalidOperationException($"clamd did not answer PING on {started.Address} within 60 s.");
            }
            await Task.Delay(100);
        }
        return started;
    }

    /// <summary>The committed signature folder the AppHost also falls back to.</summary>
    public static string TestSignatureDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DocumentUploads.sln"))) directory = directory.Parent;
            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("No DocumentUploads.sln above the test folder."),
                "AppHost", "ClamAV", "test-signatures");
        }
    }

    private async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("zPING\0"u8.ToArray());
            var reply = new byte[16];
            var read = await stream.ReadAsync(reply);
            return Encoding.ASCII.GetString(reply, 0, read).StartsWith("PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }
        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
