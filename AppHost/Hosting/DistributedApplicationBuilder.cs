using System.Collections;
using System.Text.RegularExpressions;
using DocumentUploads.AppHost.Dapr;
using Microsoft.Extensions.Configuration;

namespace DocumentUploads.AppHost.Hosting;

/// <summary>Collects the resources of the application (Aspire's builder, reduced to what this
/// system uses), then <see cref="Build"/>s the runnable <see cref="DistributedApplication"/>.</summary>
public sealed partial class DistributedApplicationBuilder
{
    private const string DefaultEnvironmentName = "Development";
    private readonly List<ProjectResource> _projects = [];

    internal DistributedApplicationBuilder(DistributedApplicationOptions options)
    {
        Options = options;
        Layout = options.Layout ?? AppHostLayout.FromBuildMetadata();
        HostEnvironment = ReadHostEnvironment(options.EnvironmentVariables);
        Configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(HostEnvironment.Select(v => KeyValuePair.Create(v.Key.Replace("__", ":"), (string?)v.Value)))
            .AddCommandLine(options.Args)
            .Build();
        EnvironmentName = EnvironmentNameFrom(HostEnvironment);
    }

    public DistributedApplicationOptions Options { get; }

    public AppHostLayout Layout { get; }

    /// <summary>The AppHost's environment variables (with <c>__</c> as <c>:</c>) and command-line arguments.</summary>
    public IConfiguration Configuration { get; }

    /// <summary>The AppHost's environment (DOTNET_ENVIRONMENT / ASPNETCORE_ENVIRONMENT, default Development), passed on to every service.</summary>
    public string EnvironmentName { get; }

    /// <summary>The AppHost's own environment variables plus <see cref="DistributedApplicationOptions.EnvironmentVariables"/>.</summary>
    public IReadOnlyDictionary<string, string> HostEnvironment { get; }

    public IReadOnlyList<ProjectResource> Projects => _projects;

    /// <summary>The Dapr resources folder (absolute), once <see cref="AddDaprComponents"/> was called.</summary>
    public string? DaprComponentsPath { get; private set; }

    /// <param name="projectPath">The .csproj, relative to the AppHost project folder as in Aspire.</param>
    /// <param name="port">The HTTP port unless configuration <c>Ports:{name}</c> overrides it.</param>
    public IResourceBuilder<ProjectResource> AddProject(string name, string projectPath, int port)
    {
        if (!ResourceName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid resource name (lower-case letters, digits and '-').", nameof(name));
        }
        if (_projects.Any(p => p.Name == name)) throw new ArgumentException($"A resource named '{name}' already exists.", nameof(name));
        if (port is < 1 or > 65535) throw new ArgumentOutOfRangeException(nameof(port), port, "Not a TCP port.");

        var resource = new ProjectResource(name, Layout.ResolveFromAppHost(projectPath), port);
        _projects.Add(resource);
        return new ResourceBuilder<ProjectResource>(this, resource);
    }

    /// <summary>The folder of Dapr resource files (relative to the AppHost project) every sidecar
    /// loads. Read when the application runs or publishes, where a malformed file is reported cleanly.</summary>
    public DistributedApplicationBuilder AddDaprComponents(string resourcesPath)
    {
        DaprComponentsPath = Layout.ResolveFromAppHost(resourcesPath);
        return this;
    }

    /// <exception cref="DaprComponentFileException">A file (or the folder) is not valid; the message names it.</exception>
    internal DaprResources? LoadDaprResources() => DaprComponentsPath is { } path ? DaprResources.Load(path) : null;

    public DistributedApplication Build() => new(this);

    private static Dictionary<string, string> ReadHostEnvironment(IDictionary<string, string> extra)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = entry.Value as string ?? "";
        }
        foreach (var (key, value) in extra) environment[key] = value;
        return environment;
    }

    /// <summary>DOTNET_ENVIRONMENT, else ASPNETCORE_ENVIRONMENT, else Development: a developer's run by default.</summary>
    internal static string EnvironmentNameFrom(IReadOnlyDictionary<string, string> environment) =>
        new[] { "DOTNET_ENVIRONMENT", "ASPNETCORE_ENVIRONMENT" }
            .Select(environment.GetValueOrDefault)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? DefaultEnvironmentName;

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex ResourceName();
}
