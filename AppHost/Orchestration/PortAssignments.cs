using System.Globalization;
using DocumentUploads.AppHost.Hosting;
using Microsoft.Extensions.Configuration;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>Decides each service's HTTP port: configuration <c>Ports:{name}</c> first (env
/// <c>Ports__upload-api=6080</c> or <c>--Ports:upload-api=6080</c>), then a free port when asked
/// for (tests), else the port written in the composition.</summary>
internal static class PortAssignments
{
    public const string Section = "Ports";

    public static IReadOnlyDictionary<string, int> Resolve(IReadOnlyList<ProjectResource> projects, IConfiguration configuration,
        bool allocateFreePorts, Func<int> freePort)
    {
        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            var configured = configuration[$"{Section}:{project.Name}"];
            ports[project.Name] = !string.IsNullOrWhiteSpace(configured) ? Parse(project.Name, configured)
                : allocateFreePorts ? freePort()
                : project.DefaultPort;
        }

        var clash = ports.GroupBy(p => p.Value).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new DistributedApplicationException(
                $"Port {clash.Key} is assigned to {string.Join(" and ", clash.Select(p => $"'{p.Key}'"))}; give each its own via {Section}__<name>=<port>.");
        }
        return ports;
    }

    private static int Parse(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535
            ? port
            : throw new DistributedApplicationException($"{Section}:{name} is '{value}', which is not a TCP port (1-65535).");
}
