using DocumentUploads.AppHost.Secrets;

namespace DocumentUploads.AppHost.Hosting;

/// <summary>One .NET service of the system: launched as its own process from its build output.</summary>
public sealed class ProjectResource(string name, string projectPath, int defaultPort)
{
    private readonly List<ProjectResource> _references = [];
    private readonly List<SecretAssignment> _secrets = [];

    /// <summary>The resource name, which is also the Dapr app id and the service-discovery name.</summary>
    public string Name { get; } = name;

    /// <summary>Absolute path of the .csproj.</summary>
    public string ProjectPath { get; } = projectPath;

    /// <summary>The HTTP port used unless configuration (<c>Ports:{name}</c>) or free-port allocation says otherwise.</summary>
    public int DefaultPort { get; } = defaultPort;

    /// <summary>Services this one calls; each becomes a <c>services__{name}__http__0</c> variable and a start-order dependency.</summary>
    public IReadOnlyList<ProjectResource> References => _references;

    /// <summary>Extra variables for this process only, in the order they were added.</summary>
    public OrderedDictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Generated secrets this process receives (values exist only at run time).</summary>
    public IReadOnlyList<SecretAssignment> Secrets => _secrets;

    /// <summary>Reachable from outside the deployment (the manifest marks its binding external).</summary>
    public bool HasExternalHttpEndpoints { get; internal set; }

    /// <summary>Gets a Dapr sidecar when daprd is available (and a dapr.v0 entry in the manifest).</summary>
    public bool HasDaprSidecar { get; internal set; }

    internal void AddReference(ProjectResource resource)
    {
        if (ReferenceEquals(resource, this)) throw new ArgumentException($"'{Name}' cannot reference itself.", nameof(resource));
        if (!_references.Contains(resource)) _references.Add(resource);
    }

    internal void AddSecret(SecretAssignment secret)
    {
        _secrets.RemoveAll(s => s.VariableName == secret.VariableName);
        _secrets.Add(secret);
    }
}
