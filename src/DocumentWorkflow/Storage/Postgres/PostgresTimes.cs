namespace DocumentUploads.DocumentWorkflow.Storage.Postgres;

/// <summary>Converts between <see cref="DateTimeOffset"/> and timestamptz values.</summary>
internal static class PostgresTimes
{
    /// <summary>Npgsql only writes UTC (offset 0) values to timestamptz; callers may pass any offset.</summary>
    public static DateTimeOffset Write(DateTimeOffset value) => value.ToUniversalTime();
}
