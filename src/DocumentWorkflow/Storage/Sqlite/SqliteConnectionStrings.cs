using Microsoft.Data.Sqlite;

namespace DocumentUploads.DocumentWorkflow.Storage.Sqlite;

public static class SqliteConnectionStrings
{
    public const string FileName = "document-workflow.db";

    /// <summary>The configured connection string, else the data folder's file (relative to the content root).</summary>
    public static string Resolve(StorageSettings settings, string contentRootPath) =>
        settings.ConnectionString ?? ForDataDirectory(Path.GetFullPath(settings.DataDirectory, contentRootPath));

    /// <summary>The connection string for the data folder's database file, creating the folder.</summary>
    public static string ForDataDirectory(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, FileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Another replica or the poller holding the write lock makes us wait, not fail.
            DefaultTimeout = 30,
        }.ToString();
    }
}
