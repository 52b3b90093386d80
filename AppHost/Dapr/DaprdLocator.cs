namespace DocumentUploads.AppHost.Dapr;

/// <summary>Decides between Dapr mode and embedded mode: Dapr mode exactly when a daprd executable
/// is found, via DAPR_PATH or on PATH.</summary>
public static class DaprdLocator
{
    public const string DaprPathVariable = "DAPR_PATH";

    private static string ExecutableName => OperatingSystem.IsWindows() ? "daprd.exe" : "daprd";

    /// <returns>The daprd path, or null when there is none (embedded mode).</returns>
    /// <exception cref="InvalidOperationException">DAPR_PATH is set but points at nothing: a
    /// mistake worth stopping for rather than silently running without sidecars.</exception>
    public static string? Find(IReadOnlyDictionary<string, string> environment, Func<string, bool> fileExists)
    {
        if (environment.TryGetValue(DaprPathVariable, out var configured) && !string.IsNullOrWhiteSpace(configured))
        {
            if (fileExists(configured)) return configured;
            var inFolder = Path.Combine(configured, ExecutableName);
            if (fileExists(inFolder)) return inFolder;
            throw new InvalidOperationException(
                $"{DaprPathVariable} is set to '{configured}', but no daprd executable is there. Fix it or unset it to run in embedded mode.");
        }

        if (!environment.TryGetValue("PATH", out var path) || string.IsNullOrEmpty(path)) return null;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, ExecutableName))
            .FirstOrDefault(fileExists);
    }
}
