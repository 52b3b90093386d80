namespace DocumentUploads.AppHost.Configuration;

/// <summary>Where a simulator journals the uploads it accepted, so that one killed and started again (the
/// dashboard's Start command) still knows them: <c>{Section}:JournalPath</c> when given, else beside the
/// PostgreSQL data in the git-ignored <c>data/</c> folder.</summary>
public static class SimulatorJournals
{
    public static string PathFor(IDistributedApplicationBuilder builder, string section, string appId) =>
        builder.Configuration[$"{section}:JournalPath"] is { } configured
            ? configured
            : Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "data", appId, "uploads.jsonl"));
}
