using DocumentUploads.AppHost.Hosting;

namespace DocumentUploads.AppHost.Tests;

/// <summary>Paths in the repository under test, from the AppHost's own build metadata.</summary>
internal static class Repository
{
    public static AppHostLayout Layout { get; } = AppHostLayout.FromBuildMetadata();

    public static string Root => Layout.RepositoryRoot;

    public static string ComponentsFolder => Path.Combine(Root, "components");

    public static string ManifestPath => Path.Combine(Root, "aspire-manifest.json");

    /// <summary>A builder that prints nothing, with the system's composition unless told otherwise.</summary>
    public static DistributedApplicationBuilder ComposedBuilder(DistributedApplicationOptions? options = null)
    {
        var builder = DistributedApplication.CreateBuilder(options ?? new DistributedApplicationOptions { OutputSink = _ => { } });
        DocumentUploadsComposition.Compose(builder);
        return builder;
    }
}
