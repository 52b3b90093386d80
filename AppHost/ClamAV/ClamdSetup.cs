using System.Net;
using System.Net.Sockets;
using System.Text;
using DocumentUploads.AppHost.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace DocumentUploads.AppHost.ClamAV;

/// <summary>Runs the machine's clamd (Debian's clamav-daemon) as an executable resource on 127.0.0.1, for
/// upload-api's malware scan. Signatures: <c>Clamav:DatabaseDirectory</c>, else the machine's
/// <c>/var/lib/clamav</c> when freshclam has filled it, else the test signature (EICAR) shipped in
/// <c>AppHost/ClamAV/test-signatures</c>, which is all these offline machines can have and is said at start.</summary>
internal static class ClamdSetup
{
    public const string Name = "clamav";
    public const int DefaultPort = 5310;
    private const string SystemDatabase = "/var/lib/clamav";
    private static readonly string[] SignatureFiles = ["*.cvd", "*.cld", "*.cud"];

    /// <returns>The clamd resource, or null when clamd is not installed (then upload-api scans nothing, which
    /// only Development allows).</returns>
    public static IResourceBuilder<ExecutableResource>? AddClamd(this IDistributedApplicationBuilder builder)
    {
        var clamd = Find(builder.Configuration);
        var (signatures, testOnly) = SignatureDirectory(builder);
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            var logger = e.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DocumentUploads.AppHost");
            if (clamd is null)
            {
                logger.LogWarning("No clamd found (apt-get install clamav-daemon): uploads are NOT scanned for malware. Development only.");
            }
            else if (testOnly)
            {
                logger.LogWarning("clamd runs with the test signature only ({Directory}): it finds the EICAR test file, not real malware. Run freshclam or set Clamav:DatabaseDirectory.", signatures);
            }
            return Task.CompletedTask;
        });
        if (clamd is null) return null;

        // A fixed port either way: clamd reads it from its configuration file, written here once.
        var port = ServicePorts.Resolve(builder.Configuration, Name, DefaultPort) ?? FreeLoopbackPort();
        var configurationDirectory = Directory.CreateTempSubdirectory("du-clamd-").FullName;
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService>(new ClamdConfigurationCleanup(configurationDirectory));
        var configuration = Path.Combine(configurationDirectory, "clamd.conf");
        File.WriteAllText(configuration, $"""
            Foreground yes
            TCPSocket {port}
            TCPAddr {ServicePorts.LoopbackAddress}
            DatabaseDirectory {signatures}
            # Past upload-api's largest request (150 MB), so no file is waved through unscanned for its size.
            StreamMaxLength 160M
            MaxFileSize 160M
            MaxScanSize 400M
            SelfCheck 0
            """);
        var server = builder.AddExecutable(Name, clamd, builder.AppHostDirectory, "--config-file", configuration)
            .WithEndpoint(name: "tcp", scheme: "tcp", port: port, targetPort: port, isProxied: false);

        var healthCheck = $"{Name}-answers-ping";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async cancellationToken =>
            await PingAsync(port, cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("clamd does not answer PING yet"));
        return server.WithHealthCheck(healthCheck);
    }

    /// <summary>Where upload-api finds clamd: this run's clamd, or once deployed the <c>clamd-address</c>
    /// parameter (host:port; upload-api refuses to start without one outside Development).</summary>
    public static IResourceBuilder<ProjectResource> WithMalwareScanner(this IResourceBuilder<ProjectResource> uploadApi,
        IResourceBuilder<ExecutableResource>? clamd)
    {
        if (uploadApi.ApplicationBuilder.ExecutionContext.IsPublishMode)
        {
            return uploadApi.WithEnvironment("Scanning__ClamdAddress", uploadApi.ApplicationBuilder.AddParameter("clamd-address"));
        }
        if (clamd is null) return uploadApi;
        var port = clamd.GetEndpoint("tcp").Property(EndpointProperty.Port);
        return uploadApi.WithEnvironment("Scanning__ClamdAddress", ReferenceExpression.Create($"{ServicePorts.LoopbackAddress}:{port}"))
            .WaitFor(clamd);
    }

    /// <summary><c>Clamav:Enabled=false</c>: none. <c>Clamav:ClamdPath</c>: that file, which must exist. Else
    /// clamd on PATH or Debian's /usr/sbin/clamd, when installed.</summary>
    private static string? Find(IConfiguration configuration)
    {
        if (string.Equals(configuration["Clamav:Enabled"], "false", StringComparison.OrdinalIgnoreCase)) return null;
        if (configuration["Clamav:ClamdPath"] is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured
                : throw new InvalidOperationException($"Clamav:ClamdPath is {configured}, which does not exist.");
        }
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "clamd"));
        return onPath.Append("/usr/sbin/clamd").FirstOrDefault(File.Exists);
    }

    private static (string Directory, bool TestOnly) SignatureDirectory(IDistributedApplicationBuilder builder)
    {
        if (builder.Configuration["Clamav:DatabaseDirectory"] is { Length: > 0 } configured) return (Path.GetFullPath(configured), false);
        if (Directory.Exists(SystemDatabase) && SignatureFiles.Any(p => Directory.EnumerateFiles(SystemDatabase, p).Any()))
        {
            return (SystemDatabase, false);
        }
        return (Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "ClamAV", "test-signatures")), true);
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task<bool> PingAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("zPING\0"u8.ToArray(), cancellationToken);
            var reply = new byte[16];
            var read = await stream.ReadAsync(reply, cancellationToken);
            return Encoding.ASCII.GetString(reply, 0, read).TrimEnd('\0', '\n') == "PONG";
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return false;
        }
    }
}
