namespace DocumentUploads.DocumentWorkflow.Ops.Queries;

/// <summary>A grouping row as Dapper reads it. A settable class, not the positional records: on an empty result
/// SQLite reports count(*) as a BLOB column and Dapper then finds no matching constructor.</summary>
internal sealed class CountRow
{
    public string? Key { get; set; }
    public string Status { get; set; } = "";
    public string? Step { get; set; }
    public long Count { get; set; }
    public long Bucket { get; set; }

    public StatusStepCount ToStatusStep() => new(Status, Step, Count);

    public GroupCount ToGroup() => new(Key ?? "", Status, Count);

    /// <summary>Throughput rows carry the series name in <see cref="Key"/>.</summary>
    public ThroughputCount ToThroughput() => new((int)Bucket, Key ?? "", Count);
}
