namespace DocumentUploads.AppHost.Tests;

/// <summary>Paths in the repository under test, from the AppHost's own build metadata.</summary>
internal static class Repository
{
    public static string AppHostDirectory { get; } = typeof(DocumentUploadsComposition).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(a => a.Key == "apphostprojectpath").Value!;

    public static string Root => Path.GetFullPath(Path.Combine(AppHostDirectory, ".."));

    public static string ComponentsFolder => Path.Combine(Root, "components");

    public static string ManifestPath => Path.Combine(Root, "aspire-manifest.json");
}
