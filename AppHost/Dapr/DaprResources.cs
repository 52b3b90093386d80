namespace DocumentUploads.AppHost.Dapr;

/// <summary>The Dapr resources folder every sidecar is pointed at (<c>--resources-path</c>), parsed.</summary>
public sealed class DaprResources
{
    public DaprResources(string resourcesPath, IReadOnlyList<DaprComponentFile> files)
    {
        ResourcesPath = resourcesPath;
        Files = files;
        var configurations = files.Where(f => f.Kind == DaprResourceKinds.Configuration).ToList();
        if (configurations.Count > 1)
        {
            throw new DaprComponentFileException(configurations[1].FilePath,
                $"a sidecar takes one Configuration (--config), but '{configurations[0].FilePath}' is one too.");
        }
        ConfigurationFile = configurations.SingleOrDefault()?.FilePath;
    }

    public string ResourcesPath { get; }

    public IReadOnlyList<DaprComponentFile> Files { get; }

    /// <summary>Only kind Component: Resiliency and Configuration are policies a sidecar applies,
    /// not building blocks an app uses, so they are neither listed as an app's components nor
    /// published as dapr.component.v0 resources.</summary>
    public IEnumerable<DaprComponentFile> Components => Files.Where(f => f.IsComponent);

    /// <summary>The file passed as <c>--config</c> (tracing), if there is one.</summary>
    public string? ConfigurationFile { get; }

    /// <summary>The components Dapr loads into this app's sidecar, by their scopes.</summary>
    public IReadOnlyList<string> ComponentNamesFor(string appId) =>
        Components.Where(c => c.AppliesTo(appId)).Select(c => c.Name).ToList();

    public static DaprResources Load(string resourcesPath) =>
        new(Path.GetFullPath(resourcesPath), DaprComponentFileParser.ParseDirectory(resourcesPath));
}
