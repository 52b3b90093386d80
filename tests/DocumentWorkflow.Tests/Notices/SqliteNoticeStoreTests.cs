using DocumentUploads.DocumentWorkflow.Notices;
using DocumentUploads.DocumentWorkflow.Storage;
using DocumentUploads.DocumentWorkflow.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocumentUploads.DocumentWorkflow.Tests.Notices;

public sealed class SqliteNoticeStoreTests : NoticeStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("du-notices-").FullName;

    protected override async Task<(IDocumentStore Documents, INoticeStore Notices)> CreateStoresAsync()
    {
        var dialect = new SqliteDialect(SqliteConnectionStrings.ForDataDirectory(Path.Combine(_directory, Guid.NewGuid().ToString("N"))));
        var documents = new DocumentStore(dialect, NullLogger<DocumentStore>.Instance);
        await documents.InitializeAsync(CancellationToken.None);
        return (documents, new NoticeStore(dialect));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
