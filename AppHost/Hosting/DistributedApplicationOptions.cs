namespace DocumentUploads.AppHost.Hosting;

/// <summary>How one AppHost run behaves. <c>dotnet run</c> fills only <see cref="Args"/>; tests
/// (see <c>DistributedApplicationTestingBuilder</c>) use the rest.</summary>
public sealed class DistributedApplicationOptions
{
    /// <summary>Command-line arguments: configuration (<c>--Ports:upload-api=6080</c>) and the
    /// publisher switch (<c>--publisher manifest --output-path PATH</c>).</summary>
    public string[] Args { get; init; } = [];

    /// <summary>Variables given to every child on top of the AppHost's own environment; they also
    /// count as the AppHost's environment (configuration, secrets it must not override).</summary>
    public IDictionary<string, string> EnvironmentVariables { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Give every service a free loopback port instead of its fixed one (parallel test runs).</summary>
    public bool AllocateFreePorts { get; set; }

    /// <summary>How long each service may take, from its launch, to answer its health check; null
    /// means configuration <c>AppHost:StartupTimeout</c> (seconds or a TimeSpan), else 120 s.</summary>
    public TimeSpan? StartupTimeout { get; set; }

    /// <summary>Receives every output line (children's, prefixed <c>[app-id] </c>, and the AppHost's
    /// own); null writes to the console.</summary>
    public Action<string>? OutputSink { get; set; }

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where the repository and build output are; null reads the AppHost's build metadata.</summary>
    public AppHostLayout? Layout { get; set; }
}
