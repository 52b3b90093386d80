namespace DocumentUploads.AppHost.Testing;

/// <summary>How a test runs the application.</summary>
public sealed class DistributedApplicationTestingOptions
{
    /// <summary>Variables for every service, e.g. <c>Polling__Interval=00:00:01</c>.</summary>
    public IDictionary<string, string> EnvironmentVariables { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Free loopback ports instead of the fixed ones, so a test run does not collide with a
    /// developer's running AppHost or another test. On by default.</summary>
    public bool AllocateFreePorts { get; set; } = true;

    /// <summary>How long each service may take, from its launch, to answer its health check.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Receives every output line (e.g. <c>ITestOutputHelper.WriteLine</c>); null discards them.</summary>
    public Action<string>? LogSink { get; set; }

    /// <summary>Configuration arguments as on the command line, e.g. <c>--Ports:upload-api=6080</c>.</summary>
    public IList<string> Args { get; } = [];
}
