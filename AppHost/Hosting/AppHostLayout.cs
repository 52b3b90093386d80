using System.Reflection;

namespace DocumentUploads.AppHost.Hosting;

/// <summary>Where the repository, the AppHost project and the services' build output are. Taken
/// from metadata MSBuild writes into this assembly, so neither <c>dotnet run</c> nor a test runner's
/// current directory matters.</summary>
public sealed record AppHostLayout(string RepositoryRoot, string AppHostDirectory, string Configuration, string TargetFramework)
{
    private const string MetadataPrefix = "DocumentUploads.";

    public static AppHostLayout FromBuildMetadata()
    {
        var metadata = typeof(AppHostLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key.StartsWith(MetadataPrefix, StringComparison.Ordinal))
            .ToDictionary(a => a.Key[MetadataPrefix.Length..], a => a.Value ?? "");

        string Read(string key) => metadata.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new InvalidOperationException($"The AppHost assembly lacks build metadata '{MetadataPrefix}{key}'; rebuild AppHost.csproj.");

        return new AppHostLayout(Read("RepositoryRoot"), Read("AppHostDirectory"), Read("Configuration"), Read("TargetFramework"));
    }

    /// <summary>A path written relative to the AppHost project, as Aspire's AddProject paths are.</summary>
    public string ResolveFromAppHost(string path) => Path.GetFullPath(Path.Combine(AppHostDirectory, path));
}
