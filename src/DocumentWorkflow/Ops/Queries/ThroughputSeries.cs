namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

public static class ThroughputSeries
{
    /// <summary>Documents created (registered, or refused at upload).</summary>
    public const string Uploads = "uploads";

    /// <summary><c>completed</c> transitions.</summary>
    public const string Completions = "completions";

    /// <summary><c>failed</c> and <c>upload_failed</c> transitions.</summary>
    public const string Failures = "failures";

    public static readonly IReadOnlyList<string> All = [Uploads, Completions, Failures];
}
