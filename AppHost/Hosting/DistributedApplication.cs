using System.Globalization;
using DocumentUploads.AppHost.Dapr;
using DocumentUploads.AppHost.Orchestration;
using DocumentUploads.AppHost.Publishing;
using DocumentUploads.AppHost.Secrets;

namespace DocumentUploads.AppHost.Hosting;

/// <summary>The composed application: runs every service as a child process (Aspire's run mode),
/// or writes the manifest (publish mode). Disposing it always stops every child it started.</summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private static readonly TimeSpan DefaultStartupTimeout = TimeSpan.FromSeconds(120);

    private readonly DistributedApplicationBuilder _builder;
    private readonly Lazy<IReadOnlyDictionary<string, int>> _ports;
    private readonly FreePortAllocator _freePorts = new();
    private readonly ResourceLog _log;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly Lock _gate = new();
    private ResourceSupervisor? _supervisor;
    private Task? _startTask;
    private bool _disposed;

    internal DistributedApplication(DistributedApplicationBuilder builder)
    {
        _builder = builder;
        _log = new ResourceLog(builder.Options.OutputSink);
        // Decided on first use, where a bad Ports:* setting is reported rather than crashing Build().
        _ports = new(() => PortAssignments.Resolve(builder.Projects, builder.Configuration, builder.Options.AllocateFreePorts, _freePorts.Next));
    }

    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(new DistributedApplicationOptions { Args = args });

    public static DistributedApplicationBuilder CreateBuilder(DistributedApplicationOptions options) => new(options);

    public IReadOnlyList<ProjectResource> Projects => _builder.Projects;

    /// <summary>The base address of a service (known before it starts).</summary>
    /// <exception cref="DistributedApplicationException">The port configuration is invalid.</exception>
    public Uri GetEndpoint(string resourceName) => _ports.Value.TryGetValue(resourceName, out var port)
        ? LaunchPlanner.EndpointFor(port)
        : throw new ArgumentException($"There is no resource named '{resourceName}'.", nameof(resourceName));

    /// <summary>An HttpClient aimed at a service (Aspire's CreateHttpClient); the caller disposes it.</summary>
    public HttpClient CreateHttpClient(string resourceName) => new() { BaseAddress = GetEndpoint(resourceName) };

    /// <summary>The resources table: every service and sidecar with state, URL and pid.</summary>
    public IReadOnlyList<ResourceSnapshot> GetResources() => _supervisor?.Snapshot()
        ?? Projects.Select(p => new ResourceSnapshot(p.Name, "Project", new ResourceState(ResourceStateKind.NotStarted), GetEndpoint(p.Name), null)).ToList();

    /// <summary>Completes when the resource (a service name, or <c>{name}-dapr</c>) reaches a matching state.</summary>
    public Task<ResourceState> WaitForResourceStateAsync(string resourceName, Func<ResourceState, bool> predicate,
        CancellationToken cancellationToken = default) =>
        (_supervisor ?? throw new InvalidOperationException("The application has not been started."))
        .WaitForStateAsync(resourceName, predicate, cancellationToken);

    /// <summary>Starts every service in reference order and returns once all answer their health
    /// check. On failure or cancellation whatever was started is stopped before this throws.</summary>
    /// <exception cref="DistributedApplicationException">A service could not be started; the message says which and why.</exception>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_startTask is not null) throw new InvalidOperationException("The application was already started.");
            return _startTask = StartCoreAsync(cancellationToken);
        }
    }

    /// <summary>Stops every child (also abandoning a start still in progress). Safe to call more than once.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _lifetime.CancelAsync();
        Task? starting;
        lock (_gate) starting = _startTask;
        if (starting is not null)
        {
            try
            {
                await starting.WaitAsync(cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The start failed or was abandoned and has told its own caller; what it started is stopped below.
            }
        }
        if (_supervisor is { } supervisor) await supervisor.StopAllAsync().WaitAsync(cancellationToken);
    }

    public int Run() => RunAsync().GetAwaiter().GetResult();

    /// <summary>Publish mode writes the manifest and returns 0. Run mode starts everything, runs
    /// until Ctrl+C/SIGTERM/SIGQUIT or <paramref name="cancellationToken"/>, stops everything and
    /// returns 0; 1 if startup failed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var self = this;
        try
        {
            if (PublishRequest.FromArgs(_builder.Options.Args, System.Environment.CurrentDirectory) is { } publish)
            {
                AspireManifestWriter.WriteFile(_builder, publish.OutputPath);
                _log.Info($"Wrote the manifest to {publish.OutputPath}");
                return 0;
            }
        }
        catch (Exception e) when (e is DistributedApplicationException or DaprComponentFileException)
        {
            _log.Error(e.Message);
            return 1;
        }

        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var signals = new ShutdownSignals(() =>
        {
            _supervisor?.ExpectShutdown();
            _log.Info("Shutdown requested: stopping every resource (a second Ctrl+C kills them).");
            shutdown.Cancel();
        });

        try
        {
            await StartAsync(shutdown.Token);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception e) when (e is DistributedApplicationException or DaprComponentFileException)
        {
            _log.Error(e.Message);
            return 1;
        }

        _log.Info("Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, shutdown.Token);
        }
        catch (OperationCanceledException)
        {
            // Shutdown requested.
        }
        await StopAsync();
        _log.Info("Stopped.");
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
        }
        await StopAsync();
        if (_supervisor is not null) await _supervisor.DisposeAsync();
        _log.Close();
        _lifetime.Dispose();
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        var host = _builder.HostEnvironment;
        var startupTimeout = StartupTimeout();
        var ports = _ports.Value;
        var daprResources = _builder.LoadDaprResources();

        string? daprdPath;
        try
        {
            daprdPath = _builder.Projects.Any(p => p.HasDaprSidecar) ? DaprdLocator.Find(host, File.Exists) : null;
        }
        catch (InvalidOperationException e)
        {
            throw new DistributedApplicationException(e.Message, e);
        }
        _log.Info(daprdPath is null
            ? "Embedded mode: no daprd found (set DAPR_PATH or put daprd on PATH for Dapr mode); services use their built-in defaults and call each other directly."
            : $"Dapr mode: a {daprdPath} sidecar per service, components from {daprResources?.ResourcesPath}.");

        var context = new LaunchContext(
            _builder.Layout, ports, host, _builder.Options.EnvironmentVariables.AsReadOnly(), _builder.EnvironmentName,
            GeneratedSecrets.CreateRandom(), System.Environment.ProcessId, LaunchPlanner.FindDotnet(host, File.Exists),
            daprdPath, daprResources, _freePorts.Next, () => Guid.NewGuid().ToString("N"));
        var supervisor = new ResourceSupervisor(LaunchPlanner.Plan(_builder.Projects, context), _log, _builder.Options.TimeProvider);
        lock (_gate) _supervisor = supervisor;
        await supervisor.StartAllAsync(startupTimeout, startup.Token);
    }

    private TimeSpan StartupTimeout()
    {
        if (_builder.Options.StartupTimeout is { } fromOptions) return fromOptions;
        var configured = _builder.Configuration["AppHost:StartupTimeout"];
        if (string.IsNullOrWhiteSpace(configured)) return DefaultStartupTimeout;
        if (int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(seconds);
        return TimeSpan.TryParse(configured, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero
            ? span
            : throw new DistributedApplicationException($"AppHost:StartupTimeout '{configured}' is neither seconds nor a TimeSpan (00:02:00).");
    }
}
