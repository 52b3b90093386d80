using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using DocumentUploads.AppHost;
using DocumentUploads.TestSupport;

namespace DocumentUploads.Stack.IntegrationTests.AppHostRun;

/// <summary>The stack as a developer starts it: <c>dotnet run --project AppHost</c> in its own process,
/// dashboard included, every port a free 127.0.0.1 one chosen here. Every process of the run carries
/// <see cref="RunMarker"/> in its environment (the services and DCP inherit the AppHost's), so a test
/// can tell whether anything of it is left.</summary>
public sealed partial class AppHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly TaskCompletionSource<Uri> _loginUrl = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppHostProcess(Process process, string dataDirectory, IReadOnlyDictionary<string, int> ports, Uri dashboard, string runMarker)
    {
        RunMarker = runMarker;
        _process = process;
        _dataDirectory = dataDirectory;
        Ports = ports;
        Dashboard = dashboard;
    }

    public const string MarkerVariable = "DOCUMENTUPLOADS_TEST_RUN";

    public string RunMarker { get; }

    public IReadOnlyDictionary<string, int> Ports { get; }

    public Uri Dashboard { get; }

    public ConcurrentQueue<string> Output { get; } = new();

    /// <summary>The process started (<c>dotnet run</c>), which gets the stop signal.</summary>
    public int ProcessId => _process.Id;

    public Uri Endpoint(string service) => new($"http://127.0.0.1:{Ports[service]}/");

    public static AppHostProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var ports = StackApp.Services.ToDictionary(service => service, _ => LoopbackPorts.Free());
        var dataDirectory = Directory.CreateTempSubdirectory("du-apphost-").FullName;
        var dashboard = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}");
        var appHostProject = typeof(DocumentUploadsComposition).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "apphostprojectpath").Value!;
        var configuration = typeof(AppHostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(appHostProject)!,
        };
        // What the launch profile gives `dotnet run`, on ports of this test's own.
        foreach (var argument in (string[])["run", "--no-build", "-c", configuration, "--no-launch-profile", "--project", appHostProject, "--"]) start.ArgumentList.Add(argument);
        foreach (var (service, port) in ports) start.ArgumentList.Add($"--Ports:{service}={port}");
        start.ArgumentList.Add($"--Storage:DataDirectory={Path.Combine(dataDirectory, "workflow")}");
        start.ArgumentList.Add($"--Outbox:Directory={Path.Combine(dataDirectory, "outbox")}");
        foreach (var (key, value) in settings) start.ArgumentList.Add($"--{key}={value}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = dashboard.ToString();
        start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{LoopbackPorts.Free()}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://127.0.0.1:{LoopbackPorts.Free()}";
        start.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://127.0.0.1:{LoopbackPorts.Free()}";
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";

        var marker = Guid.NewGuid().ToString("N");
        start.Environment[MarkerVariable] = marker;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet run did not start.");
        var host = new AppHostProcess(process, dataDirectory, ports, dashboard, marker);
        host.Follow(process.StandardOutput);
        host.Follow(process.StandardError);
        return host;
    }

    /// <summary>The dashboard login link the AppHost prints (with its one-time token).</summary>
    public Task<Uri> LoginUrlAsync(TimeSpan timeout) => _loginUrl.Task.WaitAsync(timeout);

    /// <summary>Waits until every service answers its health check.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        foreach (var service in StackApp.Services)
        {
            while (true)
            {
                if (_process.HasExited) throw new InvalidOperationException($"The AppHost exited ({_process.ExitCode}):\n{string.Join('\n', Output.TakeLast(60))}");
                try
                {
                    using var response = await client.GetAsync(new Uri(Endpoint(service), "health"));
                    if (response.IsSuccessStatusCode) break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet.
                }
                if (deadline.Elapsed > timeout) throw new TimeoutException($"{service} was not healthy within {timeout}:\n{string.Join('\n', Output.TakeLast(60))}");
                await Task.Delay(250);
            }
        }
    }

    /// <summary>Process ids of everything that carries this run's marker (the AppHost, DCP, the dashboard, the services).</summary>
    public IReadOnlyList<int> RemainingProcesses() => Directory.EnumerateDirectories("/proc")
        .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
        .Where(pid => pid > 0 && pid != Environment.ProcessId && HasMarker(pid))
        .ToList();

    /// <summary>Sends <paramref name="signal"/> (TERM, INT) to <paramref name="pid"/> and waits, at most
    /// <paramref name="within"/>, until no process of the run and none of its ports is left.</summary>
    public async Task<TimeSpan> SignalAsync(int pid, string signal, TimeSpan within)
    {
        using (var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }
        var stopping = Stopwatch.StartNew();
        while ((RemainingProcesses().Count > 0 || ListeningPorts().Count > 0) && stopping.Elapsed < within) await Task.Delay(250);
        return stopping.Elapsed;
    }

    /// <summary>The run's ports (services and dashboard) something still listens on.</summary>
    public IReadOnlyList<int> ListeningPorts()
    {
        var ports = Ports.Values.Append(Dashboard.Port).ToHashSet();
        // /proc/net/tcp: local address as hex IP:port; state 0A is LISTEN.
        return File.ReadLines("/proc/net/tcp").Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields[3] == "0A")
            .Select(fields => Convert.ToInt32(fields[1].Split(':')[1], 16))
            .Where(ports.Contains)
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pid in RemainingProcesses())
        {
            try
            {
                Process.GetProcessById(pid).Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // Already gone.
            }
        }
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private bool HasMarker(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/environ").Contains($"{MarkerVariable}={RunMarker}", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // exited meanwhile, or not ours to read
        }
    }

    private void Follow(StreamReader reader) => _ = Task.Run(async () =>
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            Output.Enqueue(line);
            if (LoginLink().Match(line) is { Success: true } match) _loginUrl.TrySetResult(new Uri(match.Value));
        }
    });

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/login\?t=[0-9a-f]+")]
    private static partial Regex LoginLink();
}
