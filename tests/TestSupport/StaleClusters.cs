namespace DocumentUploads.TestSupport;

/// <summary>Clusters left under the temp root by test runs that were killed before disposing
/// them. A cluster whose owner process is still alive (a concurrent run) is left alone.</summary>
internal static class StaleClusters
{
    // A folder without its owner file yet may be one another run is creating right now.
    private static readonly TimeSpan CreationGrace = TimeSpan.FromMinutes(2);

    public static async Task StopAllAsync(ServerCommands commands, string tempRoot, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(tempRoot)) return;
        foreach (var directory in Directory.GetDirectories(tempRoot))
        {
            var owner = ClusterOwner.ReadFrom(directory);
            if (owner is null && DateTime.UtcNow - Directory.GetCreationTimeUtc(directory) < CreationGrace) continue;
            if (owner is not null && owner.IsAlive()) continue;
            try
            {
                await ClusterShutdown.StopAndDeleteAsync(commands, directory, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Another user's leftovers: not ours to clean; it does not stop this run.
            }
        }
    }
}
