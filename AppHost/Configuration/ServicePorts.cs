using System.Globalization;

namespace DocumentUploads.AppHost.Configuration;

/// <summary>Where each service listens in run mode: its well-known port on 127.0.0.1 unless
/// <c>Ports:{app-id}</c> says otherwise; 0 lets Aspire pick a free port (what the tests do).</summary>
public static class ServicePorts
{
    public const string SectionName = "Ports";

    /// <summary>Dev and test stacks listen on loopback only.</summary>
    public const string LoopbackAddress = "127.0.0.1";

    /// <param name="defaultPort">Null: any free port unless configured.</param>
    /// <returns>The port, or null for any free port.</returns>
    /// <exception cref="InvalidOperationException">The setting is not a port number.</exception>
    public static int? Resolve(IConfiguration configuration, string name, int? defaultPort)
    {
        var configured = configuration[$"{SectionName}:{name}"];
        if (string.IsNullOrWhiteSpace(configured)) return defaultPort;
        if (!int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            throw new InvalidOperationException(
                $"{SectionName}:{name} is '{configured}', which is not a port: give 1-65535, or 0 for any free port.");
        }
        return port == 0 ? null : port;
    }
}
