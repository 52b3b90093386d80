using Microsoft.Extensions.Configuration;

namespace DocumentUploads.ServiceDefaults.ServiceInvocation;

/// <summary>How to reach this process's Dapr sidecar. A process runs "with a sidecar" exactly
/// when DAPR_HTTP_ENDPOINT or DAPR_HTTP_PORT is set (Dapr's own convention).</summary>
public sealed record DaprSidecar(Uri HttpEndpoint, string? ApiToken)
{
    public const string ApiTokenHeader = "dapr-api-token";

    public static DaprSidecar? FromConfiguration(IConfiguration configuration)
    {
        var token = configuration["DAPR_API_TOKEN"];
        token = string.IsNullOrWhiteSpace(token) ? null : token;

        var endpoint = configuration["DAPR_HTTP_ENDPOINT"];
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            return new DaprSidecar(new Uri(endpoint.TrimEnd('/') + "/"), token);
        }

        var port = configuration["DAPR_HTTP_PORT"];
        if (!string.IsNullOrWhiteSpace(port))
        {
            if (!int.TryParse(port, out var p) || p is <= 0 or > 65535)
            {
                throw new InvalidOperationException($"DAPR_HTTP_PORT '{port}' is not a TCP port.");
            }
            return new DaprSidecar(new Uri($"http://127.0.0.1:{p}/"), token);
        }

        return null;
    }
}
