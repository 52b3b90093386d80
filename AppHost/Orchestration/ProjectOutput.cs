using System.Xml.Linq;
using DocumentUploads.AppHost.Hosting;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>Where a project's build puts its entry assembly: <c>bin/{Configuration}/{tfm}/{AssemblyName}.dll</c>,
/// with the AppHost's own configuration (a Release AppHost runs Release services).</summary>
internal static class ProjectOutput
{
    public static string AssemblyPath(string projectPath, AppHostLayout layout) => Path.Combine(
        Path.GetDirectoryName(projectPath)!, "bin", layout.Configuration, layout.TargetFramework, AssemblyName(projectPath) + ".dll");

    /// <summary>The project's &lt;AssemblyName&gt;, or the project file's name when it sets none.</summary>
    public static string AssemblyName(string projectPath)
    {
        var fallback = Path.GetFileNameWithoutExtension(projectPath);
        if (!File.Exists(projectPath)) return fallback;
        var declared = XDocument.Load(projectPath).Descendants()
            .FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value.Trim();
        // A value built from MSBuild properties cannot be evaluated here; the file name is the SDK default.
        return string.IsNullOrEmpty(declared) || declared.Contains("$(", StringComparison.Ordinal) ? fallback : declared;
    }
}
