namespace DocumentUploads.DocumentWorkflow.Retention;

/// <summary>Configuration section <c>Retention</c>.</summary>
public sealed class RetentionSettings
{
    public const string SectionName = "Retention";

    /// <summary>The largest slice: a transaction holding more would keep SQLite's write gate (and polls behind it) too long.</summary>
    public const int MaxSliceSize = 10_000;

    /// <summary>Whether the scheduled purge runs at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a finished document is kept after its last transition (its updated_at).</summary>
    public TimeSpan FinishedAfter { get; set; } = TimeSpan.FromDays(60);

    /// <summary>Documents deleted per transaction; polls and uploads take their turn between slices.</summary>
    public int SliceSize { get; set; } = 1000;

    /// <summary>The least rest between full slices (it is also at least as long as the slice took), so a large backlog
    /// (the first purge of an old database) leaves the database to polls and uploads at least half the time; an hour's
    /// worth of documents is a slice or two.</summary>
    public TimeSpan SlicePause { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Time between purges.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    public IEnumerable<string> Validate()
    {
        // Less than a day would delete documents veterans are still looking at.
        if (FinishedAfter < TimeSpan.FromDays(1)) yield return "Retention:FinishedAfter must be at least one day.";
        if (SliceSize is < 1 or > MaxSliceSize) yield return $"Retention:SliceSize must be between 1 and {MaxSliceSize}.";
        if (SlicePause < TimeSpan.Zero || SlicePause > TimeSpan.FromMinutes(1))
            yield return "Retention:SlicePause must be between 0 and 1 minute.";
        if (Interval <= TimeSpan.Zero) yield return "Retention:Interval must be positive.";
    }
}
