using System.Globalization;

namespace DocumentUploads.AppHost.Dapr;

/// <summary>Builds a sidecar's daprd command line and the variables on both sides. Pure, so it is
/// tested without a daprd binary (none exists on the build machines).</summary>
public static class DaprSidecarPlanner
{
    public const string SidecarSuffix = "-dapr";

    /// <param name="appTakesOnlySidecarCalls">False for an app with external endpoints: an
    /// APP_API_TOKEN makes the app refuse every caller but its sidecar, which would lock out a
    /// browser calling it directly, so such an app gets only DAPR_API_TOKEN.</param>
    public static DaprSidecarLaunch Plan(
        string daprdPath,
        string appId,
        int appPort,
        bool appTakesOnlySidecarCalls,
        DaprSidecarPorts ports,
        DaprSidecarTokens tokens,
        DaprResources resources)
    {
        string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

        List<string> arguments =
        [
            "--app-id", appId,
            "--app-port", Port(appPort),
            "--app-protocol", "http",
            "--dapr-http-port", Port(ports.Http),
            "--dapr-grpc-port", Port(ports.Grpc),
            "--metrics-port", Port(ports.Metrics),
            "--dapr-listen-addresses", "127.0.0.1",
            "--resources-path", resources.ResourcesPath,
        ];
        if (resources.ConfigurationFile is { } configuration) arguments.AddRange(["--config", configuration]);
        arguments.AddRange(["--log-level", "info"]);

        var sidecarEnvironment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DAPR_API_TOKEN"] = tokens.DaprApiToken,
        };
        var appEnvironment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DAPR_HTTP_PORT"] = Port(ports.Http),
            ["DAPR_GRPC_PORT"] = Port(ports.Grpc),
            ["DAPR_API_TOKEN"] = tokens.DaprApiToken,
        };
        if (appTakesOnlySidecarCalls)
        {
            sidecarEnvironment["APP_API_TOKEN"] = tokens.AppApiToken;
            appEnvironment["APP_API_TOKEN"] = tokens.AppApiToken;
        }

        return new DaprSidecarLaunch(appId + SidecarSuffix, appId, daprdPath, arguments, sidecarEnvironment, appEnvironment, ports);
    }
}
