using DocumentUploads.AppHost.Hosting;
using Microsoft.Extensions.Configuration;

namespace DocumentUploads.AppHost.Publishing;

/// <summary>Aspire's <c>--publisher manifest --output-path PATH</c>: write the manifest, start nothing.
/// Read from the command line only, so no stray environment variable can switch it on.</summary>
internal sealed record PublishRequest(string OutputPath)
{
    public const string ManifestFileName = "aspire-manifest.json";

    public static PublishRequest? FromArgs(string[] args, string currentDirectory)
    {
        var arguments = new ConfigurationBuilder().AddCommandLine(args).Build();
        var publisher = arguments["publisher"];
        if (publisher is null) return null;
        if (publisher != "manifest")
        {
            throw new DistributedApplicationException($"Unknown publisher '{publisher}'; the only one is 'manifest'.");
        }

        var output = arguments["output-path"] is { Length: > 0 } given ? given : ManifestFileName;
        var path = Path.GetFullPath(output, currentDirectory);
        var isFolder = Directory.Exists(path) || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar);
        return new PublishRequest(isFolder ? Path.Combine(path, ManifestFileName) : path);
    }
}
