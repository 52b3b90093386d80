using System.Net;
using DocumentUploads.AppHost.Hosting;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>Starts the services in reference order (each once what it references is healthy, like
/// Aspire's WaitFor), reports every state change, and stops them all: callers first, SIGTERM, then
/// a process-tree kill for any that do not go within the grace period.</summary>
internal sealed class ResourceSupervisor : IAsyncDisposable
{
    public static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(10);
    private const string DaprHealthPath = "v1.0/healthz/outbound";

    private readonly IReadOnlyList<SupervisedResource> _resources;
    private readonly ResourceLog _log;
    private readonly TimeProvider _time;
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromSeconds(5) });
    private readonly HealthProbe _probe;
    private readonly Lock _gate = new();
    private readonly Lazy<Task> _stop;
    private readonly List<(string Name, Func<ResourceState, bool> Predicate, TaskCompletionSource<ResourceState> Done)> _waiters = [];
    private bool _stopping;
    private bool _started;

    public ResourceSupervisor(IReadOnlyList<ResourceLaunch> launches, ResourceLog log, TimeProvider time)
    {
        _log = log;
        _time = time;
        _probe = new HealthProbe(_http, time);
        _stop = new Lazy<Task>(StopEverythingAsync);
        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        _resources = launches.Select(l => Supervise(l, depths)).OrderBy(r => r.Depth).ToList();
    }

    public IReadOnlyList<ResourceSnapshot> Snapshot()
    {
        lock (_gate) return _resources.SelectMany(r => r.Processes).Select(p => p.Snapshot()).ToList();
    }

    /// <summary>Marks the shutdown as intended before the children see it (a terminal's Ctrl+C
    /// reaches them too), so their exits are not reported as crashes.</summary>
    public void ExpectShutdown()
    {
        lock (_gate) _stopping = true;
    }

    public async Task StartAllAsync(TimeSpan startupTimeout, CancellationToken cancellationToken)
    {
        EnsureEverythingIsBuilt();
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var ready = new Dictionary<string, Task>(StringComparer.Ordinal);
        foreach (var resource in _resources)
        {
            var dependencies = resource.Launch.Resource.References.Select(r => ready[r.Name]).ToArray();
            ready[resource.App.Name] = StartOneAsync(resource, dependencies, startupTimeout, abandon.Token);
        }

        try
        {
            await WhenAllOrFirstFailure(ready.Values.ToList());
        }
        catch
        {
            await abandon.CancelAsync();
            await Task.WhenAll(ready.Values.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            await StopAllAsync();
            throw;
        }

        lock (_gate) _started = true;
        var resources = Snapshot();
        // A service can crash between its health check and the end of startup; the table must not hide that.
        _log.Info(resources.All(r => r.State.Kind == ResourceStateKind.Running)
            ? "All resources are running:"
            : "Started, but not every resource is running:");
        foreach (var line in ResourceTable.Format(resources)) _log.Info("  " + line);
    }

    /// <summary>Stops everything once; later calls wait for that same stop.</summary>
    public Task StopAllAsync()
    {
        lock (_gate) _stopping = true;
        return _stop.Value;
    }

    public Task<ResourceState> WaitForStateAsync(string name, Func<ResourceState, bool> predicate, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var process = _resources.SelectMany(r => r.Processes).FirstOrDefault(p => p.Name == name)
                ?? throw new ArgumentException($"There is no resource named '{name}'.", nameof(name));
            if (predicate(process.State)) return Task.FromResult(process.State);
            var done = new TaskCompletionSource<ResourceState>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((name, predicate, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAllAsync();
        _http.Dispose();
    }

    private static SupervisedResource Supervise(ResourceLaunch launch, Dictionary<string, int> depths)
    {
        var depth = launch.Resource.References.Select(r => depths[r.Name] + 1).DefaultIfEmpty(0).Max();
        depths[launch.Resource.Name] = depth;
        var app = new TrackedProcess(launch.Resource.Name, "Project", launch.Url, launch.Process);
        var sidecar = launch.Sidecar is { } s
            ? new TrackedProcess(s.Name, "DaprSidecar", s.HttpEndpoint,
                new ProcessLaunch(s.Name, s.Executable, s.Arguments, launch.Process.WorkingDirectory, s.Environment))
            : null;
        return new SupervisedResource(launch, app, sidecar, depth);
    }

    private void EnsureEverythingIsBuilt()
    {
        var problems = _resources.Select(r => r.Launch).Select(l =>
                !File.Exists(l.Resource.ProjectPath) ? $"'{l.Resource.Name}': project file {l.Resource.ProjectPath} does not exist"
                : !File.Exists(l.AssemblyPath) ? $"'{l.Resource.Name}': {l.AssemblyPath} does not exist (not built yet)"
                : null)
            .OfType<string>()
            .ToList();
        if (problems.Count > 0)
        {
            throw new DistributedApplicationException(
                "Cannot start; some services are missing or not built (dotnet run --project AppHost builds them all):" +
                string.Concat(problems.Select(p => System.Environment.NewLine + "  " + p)));
        }
    }

    /// <param name="startupTimeout">Counted from this service's own launch, so a slow dependency
    /// does not eat into its time (and a failure names the service that was actually slow).</param>
    private async Task StartOneAsync(SupervisedResource resource, Task[] dependencies, TimeSpan startupTimeout, CancellationToken cancellationToken)
    {
        await Task.WhenAll(dependencies).WaitAsync(cancellationToken);
        var deadline = _time.GetUtcNow() + startupTimeout;

        var app = resource.App;
        var port = resource.Launch.Url.Port;
        if (!FreePortAllocator.IsFree(port))
        {
            throw new DistributedApplicationException(
                $"Port {port} for '{app.Name}' is already in use (another AppHost or a copy of the service still running?). " +
                $"Stop that process or choose another port: {PortAssignments.Section}__{app.Name}=<port>.");
        }

        Launch(app);
        if (resource.Sidecar is { } sidecar) Launch(sidecar);

        await _probe.WaitUntilHealthyAsync(app.Name, new Uri(resource.Launch.Url, HealthPaths.Ready), resource.Launch.HealthToken,
            status => status == HttpStatusCode.OK, app.Process!.Exited, deadline, cancellationToken, app.Process.ProcessId);
        SetState(app, new ResourceState(ResourceStateKind.Running));

        if (resource.Sidecar is { } daprd)
        {
            await _probe.WaitUntilHealthyAsync(daprd.Name, new Uri(daprd.Url, DaprHealthPath), resource.Launch.Sidecar!.Environment["DAPR_API_TOKEN"],
                status => (int)status is >= 200 and < 300, daprd.Process!.Exited, deadline, cancellationToken);
            SetState(daprd, new ResourceState(ResourceStateKind.Running));
        }
    }

    private void Launch(TrackedProcess tracked)
    {
        SetState(tracked, new ResourceState(ResourceStateKind.Starting));
        try
        {
            tracked.Process = ChildProcess.Start(tracked.Launch, _log);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            SetState(tracked, new ResourceState(ResourceStateKind.FailedToStart));
            throw new DistributedApplicationException($"'{tracked.Name}' could not be launched ({tracked.Launch.Executable}): {e.Message}", e);
        }
        _log.Info($"{tracked.Name}: pid {tracked.Process.ProcessId}, {tracked.Url.ToString().TrimEnd('/')}");
        tracked.ExitRecorded = RecordExitAsync(tracked, tracked.Process);
    }

    private async Task RecordExitAsync(TrackedProcess tracked, ChildProcess process)
    {
        var code = await process.Exited;
        bool expected, started;
        lock (_gate)
        {
            expected = _stopping;
            started = _started;
        }
        if (expected)
        {
            SetState(tracked, new ResourceState(ResourceStateKind.Stopped, code));
            return;
        }
        SetState(tracked, new ResourceState(ResourceStateKind.Exited, code));
        _log.Error($"'{tracked.Name}' (pid {process.ProcessId}) exited unexpectedly with code {code}." +
            (started ? " The other resources keep running." : ""));
    }

    private async Task StopEverythingAsync()
    {
        foreach (var level in _resources.GroupBy(r => r.Depth).OrderByDescending(g => g.Key))
        {
            await Task.WhenAll(level.Select(StopOneAsync));
        }
    }

    private async Task StopOneAsync(SupervisedResource resource)
    {
        // The app first: it may still use its sidecar while shutting down.
        foreach (var tracked in resource.Processes)
        {
            if (tracked.Process is not { } process) continue;
            if (!process.Exited.IsCompleted) SetState(tracked, new ResourceState(ResourceStateKind.Stopping));
            await process.StopAsync(StopGracePeriod, _time);
            await tracked.ExitRecorded;
        }
    }

    private void SetState(TrackedProcess tracked, ResourceState state)
    {
        List<TaskCompletionSource<ResourceState>> satisfied;
        lock (_gate)
        {
            if (tracked.State == state) return;
            tracked.State = state;
            satisfied = _waiters.Where(w => w.Name == tracked.Name && w.Predicate(state)).Select(w => w.Done).ToList();
            _waiters.RemoveAll(w => satisfied.Contains(w.Done));
        }
        _log.Info($"{tracked.Name}: {state}");
        foreach (var done in satisfied) done.TrySetResult(state);
    }

    /// <summary>Like Task.WhenAll, but gives up at the first failure instead of waiting for the
    /// health waits still running elsewhere to time out.</summary>
    private static async Task WhenAllOrFirstFailure(List<Task> tasks)
    {
        while (tasks.Count > 0)
        {
            var finished = await Task.WhenAny(tasks);
            await finished;
            tasks.Remove(finished);
        }
    }
}
