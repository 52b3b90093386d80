namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageSettings
{
    public const string SectionName = "Storage";

    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (embedded default, no server needed) or <c>postgres</c> (shared by replicas).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Folder for the SQLite file, relative to the content root unless absolute.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>For sqlite, overrides the file location (a full connection string) when set. For
    /// postgres, the Npgsql connection string; when unset, <c>ConnectionStrings:documents</c> is used.</summary>
    public string? ConnectionString { get; set; }
}
