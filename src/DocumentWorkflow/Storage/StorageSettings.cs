namespace DocumentUploads.DocumentWorkflow.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageSettings
{
    public const string SectionName = "Storage";

    /// <summary><c>sqlite</c> (embedded default, no server needed).</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Folder for the SQLite file, relative to the content root unless absolute.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Overrides the SQLite file location (a full connection string) when set.</summary>
    public string? ConnectionString { get; set; }
}
