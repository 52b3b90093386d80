using System.Globalization;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>Formats the resources table the AppHost prints once everything is up.</summary>
internal static class ResourceTable
{
    public static IReadOnlyList<string> Format(IReadOnlyList<ResourceSnapshot> resources)
    {
        string[] header = ["NAME", "TYPE", "STATE", "URL", "PID"];
        var rows = resources.Select(r => new[]
        {
            r.Name, r.Type, r.State.ToString(), r.Url.ToString().TrimEnd('/'),
            r.ProcessId?.ToString(CultureInfo.InvariantCulture) ?? "-",
        }).ToList();
        var widths = Enumerable.Range(0, header.Length)
            .Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max())
            .ToArray();

        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
        return [Line(header), .. rows.Select(Line)];
    }
}
