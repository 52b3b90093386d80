namespace DocumentUploads.TestSupport;

/// <summary>Aspire starts a project resource through <c>dotnet run</c>, so the process id it reports is that
/// launcher's; the service itself is a child of it. Killing or measuring the launcher would miss the service.</summary>
public static class ServiceProcess
{
    /// <summary>The process running the service's own assembly: <paramref name="pid"/> itself, or the
    /// nearest descendant whose command line names a DocumentUploads assembly.</summary>
    public static int Of(int pid)
    {
        var pending = new Queue<int>([pid]);
        while (pending.TryDequeue(out var candidate))
        {
            if (IsServiceItself(candidate)) return candidate;
            foreach (var child in ChildrenOf(candidate)) pending.Enqueue(child);
        }
        throw new InvalidOperationException($"No DocumentUploads service runs under process {pid}.");
    }

    private static bool IsServiceItself(int pid)
    {
        var commandLine = Read($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        // `dotnet run --project X` is the launcher; `dotnet X.dll` or the X apphost is the service.
        return commandLine.Length > 0 && !commandLine.Contains("run") && commandLine.Any(a => a.Contains("DocumentUploads.", StringComparison.Ordinal));
    }

    private static IEnumerable<int> ChildrenOf(int pid) => Directory.Exists($"/proc/{pid}/task")
        ? Directory.EnumerateDirectories($"/proc/{pid}/task")
            .SelectMany(task => Read(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(int.Parse)
        : [];

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ""; // the process exited meanwhile
        }
    }
}
