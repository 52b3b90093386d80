using Microsoft.Extensions.Configuration;

namespace DocumentUploads.AppHost.Configuration;

/// <summary>Settings given to the AppHost on its command line (<c>--Polling:Interval=00:00:05</c>)
/// that are meant for the services: each is handed to every service as the environment variable
/// configuration reads the same key from (<c>Polling__Interval</c>). Environment variables need no
/// forwarding, the services inherit the AppHost's environment, except the <c>OTEL_*</c> ones: Aspire
/// sets those for every service (pointing at its dashboard), so a collector named to the AppHost is
/// handed on explicitly to win over them.</summary>
public sealed class ForwardedSettings
{
    // Keys the AppHost or Aspire itself reads; the services have no use for them.
    private static readonly string[] AppHostOnlyPrefixes =
    [
        ServicePorts.SectionName + ":", "Parameters:", "Postgres:", "Dapr:", "DAPR_", "AppHost:", "Aspire:", "ASPIRE_",
        "DcpPublisher:", "Dashboard:", "DOTNET_", "ASPNETCORE_", "Publishing:", "Pipeline:",
        "publisher", "output-path", "operation", "step", "environment", "applicationName", "contentRoot",
    ];

    private const string OpenTelemetryPrefix = "OTEL_";

    private ForwardedSettings(IReadOnlyList<KeyValuePair<string, string>> variables) => Variables = variables;

    /// <summary>Environment variable name and value, in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Variables { get; }

    /// <param name="environment">The AppHost's environment variables; only <c>OTEL_*</c> ones are taken.</param>
    public static ForwardedSettings From(string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var commandLine = new ConfigurationBuilder().AddCommandLine(args).Build();
        // Later entries win: a command-line setting over the same variable in the environment.
        var variables = environment
            .Where(variable => variable.Key.StartsWith(OpenTelemetryPrefix, StringComparison.Ordinal))
            .OrderBy(variable => variable.Key, StringComparer.Ordinal)
            .Concat(commandLine.AsEnumerable()
                .Where(setting => setting.Value is not null && !IsAppHostOnly(setting.Key))
                .OrderBy(setting => setting.Key, StringComparer.Ordinal)
                .Select(setting => KeyValuePair.Create(setting.Key.Replace(":", "__", StringComparison.Ordinal), setting.Value!)))
            .GroupBy(variable => variable.Key, StringComparer.Ordinal)
            .Select(same => same.Last())
            .ToList();
        return new ForwardedSettings(variables);
    }

    public void ApplyTo<T>(IResourceBuilder<T> service) where T : IResourceWithEnvironment
    {
        foreach (var (name, value) in Variables) service.WithEnvironment(name, value);
    }

    private static bool IsAppHostOnly(string key) =>
        AppHostOnlyPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
