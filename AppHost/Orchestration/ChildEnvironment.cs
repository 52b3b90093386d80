using System.Globalization;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>The variables a service is started with, on top of the AppHost environment it inherits:
/// Aspire's conventions (URLs, service discovery, OpenTelemetry) plus this system's secrets. Pure.</summary>
internal static class ChildEnvironment
{
    /// <summary>Read by ServiceDefaults' ParentProcessWatcher: a service stops when its AppHost is gone.</summary>
    public const string AppHostProcessIdVariable = "DOCUMENTUPLOADS_APPHOST_PID";

    private const string OtlpExporterPrefix = "OTEL_EXPORTER_OTLP_";

    // What Aspire gives every .NET project: exception details on log records, event names as
    // attributes, and exports retried in memory while the collector is briefly unreachable.
    public static readonly IReadOnlyList<KeyValuePair<string, string>> AspireOtelDefaults =
    [
        new("OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EXCEPTION_LOG_ATTRIBUTES", "true"),
        new("OTEL_DOTNET_EXPERIMENTAL_OTLP_EMIT_EVENT_LOG_ATTRIBUTES", "true"),
        new("OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY", "in_memory"),
    ];

    /// <summary>Later entries win: the caller's extras, then what the AppHost decides, then the
    /// resource's own <c>WithEnvironment</c> values.</summary>
    public static IReadOnlyDictionary<string, string> Build(ChildEnvironmentRequest request)
    {
        var host = request.HostEnvironment;
        var resource = request.Resource;
        var variables = new Dictionary<string, string>(request.ExtraEnvironment, StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = Url(request.Port),
            // Each service's appsettings.json names its default URL, and appsettings outranks
            // ASPNETCORE_URLS; the plain "Urls" key from the environment outranks appsettings.
            ["Urls"] = Url(request.Port),
            ["ASPNETCORE_ENVIRONMENT"] = request.EnvironmentName,
            ["DOTNET_ENVIRONMENT"] = request.EnvironmentName,
            ["OTEL_SERVICE_NAME"] = resource.Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = ResourceAttributes(request.ServiceInstanceId, host.GetValueOrDefault("OTEL_RESOURCE_ATTRIBUTES")),
            [AppHostProcessIdVariable] = request.AppHostProcessId.ToString(CultureInfo.InvariantCulture),
        };

        foreach (var (name, value) in host.Where(v => v.Key.StartsWith(OtlpExporterPrefix, StringComparison.Ordinal)))
        {
            variables[name] = value;
        }
        foreach (var (name, value) in AspireOtelDefaults.Where(d => !host.ContainsKey(d.Key)))
        {
            variables[name] = value;
        }

        foreach (var reference in resource.References)
        {
            variables[ServiceDiscoveryVariable(reference.Name)] = request.Endpoints[reference.Name].ToString().TrimEnd('/');
        }

        // A key the developer set for the AppHost (to keep tokens valid across runs, say) is inherited as is.
        foreach (var secret in resource.Secrets.Where(s => string.IsNullOrEmpty(host.GetValueOrDefault(s.VariableName))))
        {
            variables[secret.VariableName] = request.Secrets[secret.Secret];
        }

        foreach (var (name, value) in request.Sidecar?.AppEnvironment ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }
        foreach (var (name, value) in resource.Environment)
        {
            variables[name] = value;
        }
        return variables;
    }

    /// <summary>The variable Aspire uses for service discovery; configuration reads it as <c>services:{name}:http:0</c>.</summary>
    public static string ServiceDiscoveryVariable(string resourceName) => $"services__{resourceName}__http__0";

    private static string ResourceAttributes(string instanceId, string? inherited) =>
        string.IsNullOrWhiteSpace(inherited) ? $"service.instance.id={instanceId}" : $"service.instance.id={instanceId},{inherited}";

    private static string Url(int port) => $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
}
